package pl.ordernotify.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import pl.ordernotify.store.DataLocation.ConnectionSettings;

/**
 * Which engine the database tests run on. The build's default test run uses H2; the pom's {@code
 * postgres} profile runs the same tests again with {@code ordernotify.test.engine=postgres} and the
 * server .ci/postgres.sh started ({@code ordernotify.test.pg.url}, {@code .user}, {@code
 * .password}).
 */
public final class TestEngine {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final String RUN =
      Long.toString(System.currentTimeMillis(), 36)
          + "_"
          + Long.toString(ProcessHandle.current().pid(), 36);

  private TestEngine() {}

  /** True when this test run is the PostgreSQL one. */
  public static boolean postgres() {
    return "postgres".equals(System.getProperty("ordernotify.test.engine"));
  }

  /** The PostgreSQL server's database and a user that may create schemas in it. */
  public static ConnectionSettings postgresServer() {
    String url = System.getProperty("ordernotify.test.pg.url");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "ordernotify.test.engine=postgres needs ordernotify.test.pg.url"
              + " (run the build through .ci/postgres.sh exec)");
    }
    return new ConnectionSettings(
        url,
        System.getProperty("ordernotify.test.pg.user"),
        System.getProperty("ordernotify.test.pg.password"));
  }

  /**
   * Creates an empty database on the server, as an administrator would for a new restaurant, and
   * returns its URL (no parameters) with the server's user and password.
   */
  public static ConnectionSettings freshPostgresDatabase() {
    ConnectionSettings server = postgresServer();
    String name = "d_" + RUN + "_" + SCHEMAS.incrementAndGet();
    try (Connection c =
            DriverManager.getConnection(server.url(), server.user(), server.password());
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a test database on " + server.url(), e);
    }
    return new ConnectionSettings(databaseUrl(name), server.user(), server.password());
  }

  /** The server's URL naming database {@code name} instead. */
  public static String databaseUrl(String name) {
    String url = postgresServer().url();
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    return base.substring(0, base.lastIndexOf('/') + 1) + name;
  }

  /** Creates an empty schema on the server and returns settings whose connections use it. */
  static ConnectionSettings freshPostgresSchema() {
    ConnectionSettings server = postgresServer();
    String schema = "t_" + RUN + "_" + SCHEMAS.incrementAndGet();
    try (Connection c =
            DriverManager.getConnection(server.url(), server.user(), server.password());
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a test schema on " + server.url(), e);
    }
    String sep = server.url().contains("?") ? "&" : "?";
    return new ConnectionSettings(
        server.url() + sep + "currentSchema=" + schema, server.user(), server.password());
  }
}
