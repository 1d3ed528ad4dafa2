package pl.ordernotify.console;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderStatus;

/** Runs the application's sender inside the console and shows it through {@link SenderPort}. */
public final class SenderPorts {

  private static final Logger log = LoggerFactory.getLogger(SenderPorts.class);

  private SenderPorts() {}

  /** Starts the sender; it holds the lease, or waits as a standby behind another sender. */
  public static Live start(SenderService service) {
    service.start();
    return new Live(service);
  }

  /** The console's view of a running {@link SenderService}. */
  public static final class Live implements SenderPort, AutoCloseable {

    private final SenderService service;

    Live(SenderService service) {
      this.service = service;
    }

    @Override
    public SenderSnapshot current() {
      return snapshot(service.status());
    }

    @Override
    public void addListener(Consumer<SenderSnapshot> listener) {
      service.addListener(s -> listener.accept(snapshot(s)));
    }

    @Override
    public void wake() {
      service.wake();
    }

    @Override
    public void ordersChanged(List<Long> orderIds) {
      orderIds.forEach(service::orderChanged);
    }

    @Override
    public void resume() {
      service.resume();
    }

    /** Finishes the send in flight and hands the lease over. */
    @Override
    public void close() {
      try {
        service.close();
      } catch (RuntimeException e) {
        log.warn("The sender did not stop cleanly", e);
      }
    }
  }

  static SenderSnapshot snapshot(SenderStatus s) {
    return new SenderSnapshot(
        SenderSnapshot.Mode.valueOf(s.mode().name()),
        s.pauseCode(),
        s.pauseReason(),
        s.leaseHolder(),
        s.lastPassAt(),
        s.waiting(),
        s.waitingQuota());
  }
}
