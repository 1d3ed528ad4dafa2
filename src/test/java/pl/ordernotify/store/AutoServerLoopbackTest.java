package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.testsupport.ChildJvm;
import pl.ordernotify.testsupport.HoldDatabaseOpen;
import pl.ordernotify.testsupport.TestDatabase;

/** DESIGN §2: the AUTO_SERVER port listens on 127.0.0.1 only, never on the restaurant's network. */
class AutoServerLoopbackTest {

  @TempDir Path dataDir;

  @Test
  @DisabledIfSystemProperty(
      named = "ordernotify.test.engine",
      matches = "postgres",
      disabledReason =
          "H2's AUTO_SERVER port: a PostgreSQL server listens where its administrator says")
  void autoServerPortAcceptsLoopbackOnly() throws Exception {
    // given OrderNotify has the database open
    try (Database db = TestDatabase.open(dataDir)) {
      // when we read where its AUTO_SERVER listens
      String[] server = serverAddress();

      // then it is loopback, reachable there and nowhere else
      assertLoopbackOnly(server);
    }
  }

  @Test
  @DisabledIfSystemProperty(
      named = "ordernotify.test.engine",
      matches = "postgres",
      disabledReason =
          "H2's AUTO_SERVER port: a PostgreSQL server listens where its administrator says")
  void autoServerPortAcceptsLoopbackOnlyEvenWhenTheJvmWasStartedWithoutTheBindFlag()
      throws Exception {
    // given OrderNotify holds the database in a JVM started with no -Dh2.bindAddress (this test JVM
    // has one)
    try (ChildJvm orderNotify =
        ChildJvm.start(
            "-cp",
            System.getProperty("java.class.path"),
            HoldDatabaseOpen.class.getName(),
            dataDir.toString())) {
      assertThat(orderNotify.awaitLine("OPEN")).isEqualTo("OPEN bindAddress=127.0.0.1");

      // when we read where its AUTO_SERVER listens
      String[] server = serverAddress();

      // then it is loopback, reachable there and nowhere else
      assertLoopbackOnly(server);
    }
  }

  /** H2 writes {@code server=<host>:<port>} into {@code <db>.lock.db} while it serves the file. */
  private String[] serverAddress() throws IOException {
    Properties lock = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            dataDir.resolve(DataLocation.DB_FILE_NAME + ".lock.db"), StandardCharsets.ISO_8859_1)) {
      lock.load(r);
    }
    String server = lock.getProperty("server");
    assertThat(server).as("server entry of the lock file").isNotNull();
    int colon = server.lastIndexOf(':');
    return new String[] {server.substring(0, colon), server.substring(colon + 1)};
  }

  private static void assertLoopbackOnly(String[] server) throws IOException {
    // H2 writes "localhost" when it is bound to 127.0.0.1
    assertThat(server[0]).isIn("127.0.0.1", "localhost");
    int port = Integer.parseInt(server[1]);
    try (Socket loopback = new Socket()) {
      loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      assertThat(loopback.isConnected()).isTrue();
    }
    Optional<InetAddress> lan = nonLoopbackAddress();
    Assumptions.assumeTrue(lan.isPresent(), "this machine has no non-loopback address to try");
    assertThatThrownBy(
            () -> {
              try (Socket fromLan = new Socket()) {
                fromLan.connect(new InetSocketAddress(lan.get(), port), 5_000);
              }
            })
        .as("connecting to %s:%d", lan.get().getHostAddress(), port)
        .isInstanceOf(IOException.class);
  }

  /** An address of this machine that is not loopback; IPv4 first, link-local IPv6 never. */
  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(AutoServerLoopbackTest::isUp)
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.isAnyLocalAddress())
        .min(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1));
  }

  private static boolean isUp(NetworkInterface nic) {
    try {
      return nic.isUp() && !nic.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
