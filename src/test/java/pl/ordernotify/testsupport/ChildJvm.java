package pl.ordernotify.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM the test talks to line by line over its stdin and stdout. Waiting is always for a
 * line the process prints, with a bounded deadline: no test sleeps.
 */
public final class ChildJvm implements AutoCloseable {

  /** Generous: the child may compile a source file first, on a busy two-core machine. */
  public static final Duration LINE_TIMEOUT = Duration.ofSeconds(90);

  /**
   * Options every child JVM starts with, before its own: those of the installed launchers
   * (installer/jvm-options.txt) without the heap floor. C1 only and one serial collector thread:
   * most of a child's life is its start-up, and on two cores C2 and G1's helpers only slow the
   * suite down.
   */
  public static final List<String> JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private static final String EOF = "\u0000EOF";

  private final Process process;
  private final PrintWriter stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> transcript = new ArrayList<>();

  private ChildJvm(Process process) {
    this.process = process;
    this.stdin = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread pump = new Thread(this::pump, "child-jvm-stdout");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * Starts {@code java [JVM_OPTIONS...] [jvmArgs...]} with this JVM's java binary; stderr is merged
   * into stdout.
   */
  public static ChildJvm start(String... jvmArgs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(Arrays.asList(jvmArgs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("ORDERNOTIFY_HOME");
    try {
      return new ChildJvm(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jar of H2 on this JVM's class path: all a POS needs. */
  public static Path h2Jar() {
    return jar("h2-");
  }

  /** The PostgreSQL JDBC driver's jar on this JVM's class path: all a POS on PostgreSQL needs. */
  public static Path postgresJar() {
    return jar("postgresql-");
  }

  private static Path jar(String prefix) {
    return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"))
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar on the class path"));
  }

  private void pump() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("pump failed: " + e);
    } finally {
      lines.add(EOF);
    }
  }

  public void send(String line) {
    stdin.println(line);
  }

  /**
   * The next line starting with one of {@code prefixes}; other lines are kept for the failure
   * message.
   */
  public String awaitLine(String... prefixes) {
    long deadline = System.nanoTime() + LINE_TIMEOUT.toNanos();
    while (true) {
      String line;
      try {
        line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      if (line == null || line.equals(EOF)) {
        throw new AssertionError(
            (line == null ? "no line " : "the process ended before a line ")
                + "starting with "
                + Arrays.toString(prefixes)
                + "; it printed:\n"
                + String.join("\n", transcript));
      }
      transcript.add(line);
      for (String p : prefixes) {
        if (line.startsWith(p)) {
          return line;
        }
      }
    }
  }

  /** Everything the process printed that the test has read so far. */
  public List<String> transcript() {
    return List.copyOf(transcript);
  }

  public int awaitExit() {
    try {
      if (!process.waitFor(LINE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError(
            "the process did not end; it printed:\n" + String.join("\n", transcript));
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** SIGTERM on Linux, as a service manager or a logout stops a process; returns at once. */
  public void terminate() {
    process.destroy();
  }

  /** SIGKILL on Linux: the process gets no chance to flush, close or run a shutdown hook. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(LINE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    stdin.close();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
