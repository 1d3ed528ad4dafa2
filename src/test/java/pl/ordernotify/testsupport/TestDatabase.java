package pl.ordernotify.testsupport;

import java.nio.file.Path;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;

/** A real H2 file database in a temporary folder, migrated with the real migrations. */
public final class TestDatabase {

  private TestDatabase() {}

  /** An embedded file database under {@code dir}, opened with AUTO_SERVER as in production. */
  public static Database open(Path dir) {
    try {
      return Database.open(DataLocation.resolve(dir, null, java.util.Map.of()).connectionSettings());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A private in-memory database: fastest, for tests that need no second process. */
  public static Database inMemory() {
    String url = "jdbc:h2:mem:test" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    return Database.open(new DataLocation.ConnectionSettings(url, "sa", ""));
  }
}
