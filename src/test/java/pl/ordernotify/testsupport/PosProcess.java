package pl.ordernotify.testsupport;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pl.ordernotify.store.DataLocation.ConnectionSettings;

/**
 * A POS in its own JVM with only the JDBC driver on its class path: the H2 jar, or PostgreSQL's for
 * a {@code jdbc:postgresql:} URL (src/test/resources/pos/PosSim.java, run as a single-file
 * program). It starts with {@code -Dh2.bindAddress=127.0.0.1}, as docs/pos-integration.md tells
 * integrators to.
 */
public final class PosProcess implements AutoCloseable {

  private final ChildJvm jvm;

  private PosProcess(ChildJvm jvm) {
    this.jvm = jvm;
  }

  /** Starts the POS and waits until its connection is open. */
  public static PosProcess open(ConnectionSettings settings) {
    PosProcess pos = start(settings.url(), settings.user(), settings.password());
    String first = pos.jvm.awaitLine("OPEN", "ERROR");
    if (!first.equals("OPEN")) {
      pos.close();
      throw new AssertionError("the POS could not connect: " + first);
    }
    return pos;
  }

  /** Starts the POS; the caller reads {@code OPEN} or {@code ERROR …} with {@link #awaitLine}. */
  public static PosProcess start(String url, String user, String password) {
    String driver =
        url.startsWith("jdbc:postgresql:")
            ? ChildJvm.postgresJar().toString()
            : ChildJvm.h2Jar().toString();
    return new PosProcess(
        ChildJvm.start(
            "-Dh2.bindAddress=127.0.0.1", "-cp", driver, source().toString(), url, user, password));
  }

  private static Path source() {
    try {
      return Path.of(PosProcess.class.getResource("/pos/PosSim.java").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public String awaitLine(String... prefixes) {
    return jvm.awaitLine(prefixes);
  }

  /** Runs one INSERT/UPDATE/DELETE and returns the update count. */
  public int exec(String sql) {
    jvm.send("exec " + sql.replace('\n', ' '));
    String answer = jvm.awaitLine("OK ", "ERROR ");
    if (!answer.startsWith("OK ")) {
      throw new AssertionError("the POS's statement failed: " + answer + "\n  " + sql);
    }
    return Integer.parseInt(answer.substring(3));
  }

  /** Runs one SELECT; each row is its values joined with {@code |}. */
  public List<String> query(String sql) {
    jvm.send("query " + sql.replace('\n', ' '));
    List<String> rows = new ArrayList<>();
    while (true) {
      String line = jvm.awaitLine("ROW ", "END", "ERROR ");
      if (line.equals("END")) {
        return rows;
      }
      if (line.startsWith("ERROR ")) {
        throw new AssertionError("the POS's query failed: " + line + "\n  " + sql);
      }
      rows.add(line.substring(4));
    }
  }

  /** Closes the POS's connection and waits for the process to end. */
  public void quit() {
    jvm.send("quit");
    jvm.awaitLine("BYE");
    jvm.awaitExit();
  }

  /** SIGKILL: the POS process dies as a till does on a crash. */
  public void kill() {
    jvm.kill();
  }

  @Override
  public void close() {
    jvm.close();
  }
}
