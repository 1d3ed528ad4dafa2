package pl.ordernotify.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

  /**
   * A private database nobody else sees: H2 in memory, or a fresh PostgreSQL schema. On H2 it
   * starts as a copy of a database the real migrations built once in this JVM (see {@link
   * MigratedH2}); opening it still runs Flyway, which finds every migration applied and validates
   * them.
   */
  public static Database inMemory() {
    ConnectionSettings settings = settingsForNew();
    if (!TestEngine.postgres()) {
      MigratedH2.copyInto(settings);
    }
    return Database.open(settings);
  }

  /**
   * The real migrations run once per test JVM on an in-memory H2 database, kept as H2's own {@code
   * SCRIPT} (schema, rows and Flyway's history). Loading it into a new database costs a few
   * milliseconds; migrating one cost a quarter of every test's database set-up (per-thread CPU,
   * C1).
   */
  private static final class MigratedH2 {
    static final Path SCRIPT = migrateOnce();

    private static Path migrateOnce() {
      ConnectionSettings template = settingsForNew();
      try (Database db = Database.open(template);
          Connection c = db.dataSource().getConnection();
          Statement st = c.createStatement()) {
        Path script = Files.createTempFile("ordernotify-migrated-h2", ".sql");
        script.toFile().deleteOnExit();
        st.execute("SCRIPT TO '" + script + "'");
        st.execute("DROP ALL OBJECTS");
        return script;
      } catch (SQLException e) {
        throw new IllegalStateException("the migrated template could not be written", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static void copyInto(ConnectionSettings empty) {
      try (Connection c = DriverManager.getConnection(empty.url(), empty.user(), empty.password());
          Statement st = c.createStatement()) {
        st.execute("RUNSCRIPT FROM '" + SCRIPT + "'");
      } catch (SQLException e) {
        throw new IllegalStateException("the migrated template could not be loaded", e);
      }
    }
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
