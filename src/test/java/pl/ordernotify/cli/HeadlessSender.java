package pl.ordernotify.cli;

import java.nio.file.Path;
import pl.ordernotify.Main;
import pl.ordernotify.testsupport.ChildJvm;

/** {@code ordernotify --data-dir DIR sender} in a JVM of its own, as a till runs it. */
final class HeadlessSender {

  private HeadlessSender() {}

  static ChildJvm start(Path dataDir) {
    return ChildJvm.start(
        "-Dh2.bindAddress=127.0.0.1",
        "-cp",
        System.getProperty("java.class.path"),
        Main.class.getName(),
        "--data-dir",
        dataDir.toString(),
        "sender");
  }
}
