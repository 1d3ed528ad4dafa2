package pl.ordernotify.console;

import java.util.function.Consumer;
import pl.ordernotify.Wiring;

/** Starts and stops the sender that runs inside the console. */
final class SenderPorts {

  private SenderPorts() {}

  static SenderPort start(Wiring wiring) {
    return new SenderPort() {
      @Override
      public SenderSnapshot current() {
        return SenderSnapshot.stopped();
      }

      @Override
      public void addListener(Consumer<SenderSnapshot> listener) {}

      @Override
      public void wake() {}

      @Override
      public void resume() {}
    };
  }

  static void stop(SenderPort port) {}
}
