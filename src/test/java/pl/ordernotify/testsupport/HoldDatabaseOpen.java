package pl.ordernotify.testsupport;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import pl.ordernotify.store.Database;

/**
 * Run in a second JVM: opens OrderNotify's database in the data folder given as the argument,
 * prints {@code OPEN}, and keeps it open until its stdin closes.
 */
public final class HoldDatabaseOpen {

  private HoldDatabaseOpen() {}

  public static void main(String[] args) throws Exception {
    try (Database db = TestDatabase.open(Path.of(args[0]))) {
      System.out.println("OPEN bindAddress=" + System.getProperty("h2.bindAddress"));
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        // holds the database until the test closes our stdin
      }
    }
    System.out.println("BYE");
  }
}
