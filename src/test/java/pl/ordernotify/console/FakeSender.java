package pl.ordernotify.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A sender the tests steer: counts wakes, records the orders named to it, pushes snapshots to
 * listeners.
 */
public final class FakeSender implements SenderPort {

  public int wakes;
  public final List<Long> changedOrders = new ArrayList<>();
  public int resumes;
  private SenderSnapshot current = SenderSnapshot.stopped();
  private final List<Consumer<SenderSnapshot>> listeners = new ArrayList<>();

  @Override
  public SenderSnapshot current() {
    return current;
  }

  @Override
  public void addListener(Consumer<SenderSnapshot> listener) {
    listeners.add(listener);
  }

  @Override
  public void wake() {
    wakes++;
  }

  @Override
  public void ordersChanged(List<Long> orderIds) {
    changedOrders.addAll(orderIds);
    wake();
  }

  @Override
  public void resume() {
    resumes++;
  }

  public void push(SenderSnapshot s) {
    current = s;
    listeners.forEach(l -> l.accept(s));
  }
}
