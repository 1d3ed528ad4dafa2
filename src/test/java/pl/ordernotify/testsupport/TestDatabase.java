package pl.ordernotify.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.DataLocation.ConnectionSettings;
import pl.ordernotify.store.Database;

/**
 * A real database migrated with the real migrations: H2 by default, PostgreSQL when the build runs
 * the suite a second time against a server ({@link TestEngine#postgres()}; see .ci/postgres.sh).
 * Tests never need to know which: a data folder's {@code db.properties} points at the engine.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /**
   * The database of the data folder {@code dir}, opened the way the application opens it (H2: an
   * embedded file with AUTO_SERVER). On PostgreSQL the first call gives the folder a fresh schema
   * of its own, written into its {@code db.properties}; later calls, here or in a child JVM or the
   * CLI with {@code --data-dir dir}, open that same schema.
   */
  public static Database open(Path dir) {
    prepare(dir);
    try {
      return Database.open(DataLocation.resolve(dir, null, Map.of()).connectionSettings());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes {@code dir} a data folder on the engine under test without opening it: on PostgreSQL its
   * {@code db.properties} names a fresh schema; on H2 nothing is needed (the file is created on
   * first open). Does nothing to a folder that already has its {@code db.properties}.
   */
  public static void prepare(Path dir) {
    if (!TestEngine.postgres() || Files.exists(dir.resolve("db.properties"))) {
      return;
    }
    ConnectionSettings s = TestEngine.freshPostgresSchema();
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("db.properties");
      Files.writeString(
          file, "url=" + s.url() + "\nuser=" + s.user() + "\npassword=" + s.password() + "\n");
      DataLocation.restrictToOwner(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A private database nobody else sees: H2 in memory, or a fresh PostgreSQL schema. */
  public static Database inMemory() {
    return Database.open(settingsForNew());
  }

  /** Connection settings of a fresh, empty database on the engine under test. */
  public static ConnectionSettings settingsForNew() {
    if (TestEngine.postgres()) {
      return TestEngine.freshPostgresSchema();
    }
    String url = "jdbc:h2:mem:test" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    return new ConnectionSettings(url, "sa", "");
  }
}
