package pl.ordernotify.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import pl.ordernotify.store.DataLocation.ConnectionSettings;

/**
 * A POS in its own JVM with only the JDBC driver on its class path: the H2 jar, or PostgreSQL's for
 * a {@code jdbc:postgresql:} URL, and src/test/resources/pos/PosSim.java, compiled once per test
 * JVM. It starts with {@code -Dh2.bindAddress=127.0.0.1}, as docs/pos-integration.md tells
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
    String classPath = driver + File.pathSeparator + Compiled.FOLDER;
    return new PosProcess(
        ChildJvm.start(
            "-Dh2.bindAddress=127.0.0.1", "-cp", classPath, "PosSim", url, user, password));
  }

  /**
   * PosSim compiled once per test JVM: run as a single-file program, every POS start compiled it
   * again in the child, a second or two of CPU each time.
   */
  private static final class Compiled {
    static final Path FOLDER = compile();

    private static Path compile() {
      try {
        Path source = Path.of(PosProcess.class.getResource("/pos/PosSim.java").toURI());
        Path folder = Files.createTempDirectory("ordernotify-possim");
        folder.toFile().deleteOnExit();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status =
            javac.run(null, null, null, "-d", folder.toString(), "-nowarn", source.toString());
        if (status != 0) {
          throw new IllegalStateException(
              "PosSim.java did not compile (javac status " + status + ")");
        }
        folder.resolve("PosSim.class").toFile().deleteOnExit();
        return folder;
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
