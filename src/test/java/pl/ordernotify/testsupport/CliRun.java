package pl.ordernotify.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import pl.ordernotify.Main;

/**
 * One command line run in this JVM, with what it printed and its exit status. A {@code --data-dir}
 * without {@code --db-url} is a data folder on the engine under test ({@link
 * TestDatabase#prepare}).
 */
public record CliRun(int status, String out, String err) {

  public static CliRun run(String... args) {
    List<String> given = List.of(args);
    int dir = given.indexOf("--data-dir");
    if (dir >= 0 && dir + 1 < args.length && !given.contains("--db-url")) {
      TestDatabase.prepare(java.nio.file.Path.of(args[dir + 1]));
    }
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int status;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      status = Main.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new CliRun(
        status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  public List<String> outLines() {
    return out.lines().toList();
  }

  public List<String> errLines() {
    return err.lines().filter(l -> !l.isBlank()).toList();
  }
}
