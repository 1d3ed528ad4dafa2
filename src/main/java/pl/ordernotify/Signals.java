package pl.ordernotify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and Ctrl-C (SIGINT) handled before the JVM's shutdown begins, for the two front ends that
 * run a sender (the headless {@code sender} command and the console): H2 closes the database from
 * its own shutdown hook, which would race with writing the last outcome and the lease.
 */
public final class Signals {

  private static final Logger log = LoggerFactory.getLogger(Signals.class);

  private Signals() {}

  /**
   * Runs {@code stop} on a thread of its own when either signal arrives. Where they cannot be
   * handled, nothing changes: the JVM's shutdown hooks run as before.
   *
   * <p>sun.misc.Signal (module jdk.unsupported) is reached by reflection: named in the source,
   * javac warns on every build that it is an internal API, and no annotation silences that warning.
   */
  public static void onTermOrInt(Runnable stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Class<?> signal = Class.forName("sun.misc.Signal");
        Class<?> handler = Class.forName("sun.misc.SignalHandler");
        Object onSignal =
            java.lang.reflect.Proxy.newProxyInstance(
                handler.getClassLoader(),
                new Class<?>[] {handler},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "handle" -> {
                        new Thread(stop, "ordernotify-stop").start();
                        yield null;
                      }
                      case "hashCode" -> System.identityHashCode(proxy);
                      case "equals" -> proxy == args[0];
                      default -> "ordernotify-stop-handler";
                    });
        signal
            .getMethod("handle", signal, handler)
            .invoke(null, signal.getConstructor(String.class).newInstance(name), onSignal);
      } catch (ReflectiveOperationException | RuntimeException e) {
        log.debug(
            "Signal {} cannot be handled here; the JVM's shutdown hooks run as before", name, e);
      }
    }
  }
}
