package pl.ordernotify.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: a HikariCP pool, Flyway migrations run before anything else, and one MyBatis {@link
 * SqlSessionFactory} for the whole application. Sessions live for one unit of work.
 */
public final class Database implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Database.class);

  /** Every statement gives up after this long, on both engines. */
  private static final int STATEMENT_TIMEOUT_SECONDS = 30;

  static {
    // AUTO_SERVER must listen on loopback only: the till's database is never on the restaurant's
    // network.
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
  }

  private final HikariDataSource dataSource;
  private final SqlSessionFactory factory;
  private final boolean h2;

  private Database(HikariDataSource dataSource, SqlSessionFactory factory) {
    this.dataSource = dataSource;
    this.factory = factory;
    this.h2 = h2(dataSource.getJdbcUrl());
  }

  /**
   * Opens the pool, migrates the schema and builds the mappers; waits while a dead host's lock
   * lingers.
   */
  public static Database open(DataLocation.ConnectionSettings settings) {
    return open(settings, waited -> {});
  }

  /**
   * Like {@link #open(DataLocation.ConnectionSettings)}; {@code waiting} hears how long it has been
   * waiting, each time it tries again, so a status can say "waiting for the database…".
   */
  public static Database open(
      DataLocation.ConnectionSettings settings, Consumer<Duration> waiting) {
    DataLocation.ConnectionSettings durable =
        new DataLocation.ConnectionSettings(
            DurableUrl.of(settings.url()), settings.user(), settings.password());
    HikariDataSource ds = LockWait.retry(() -> pool(durable), waiting);
    try {
      migrate(ds, durable.url());
      return new Database(ds, sessionFactory(ds));
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  private static HikariDataSource pool(DataLocation.ConnectionSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setPoolName("ordernotify-db");
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(1);
    if (h2(settings.url())) {
      // Once per connection: a per-statement timeout makes H2's driver run SET QUERY_TIMEOUT before
      // every statement, and each SET clears every session's query cache, so every statement of the
      // sender's poll was parsed and planned again (issue 13).
      config.setConnectionInitSql("SET QUERY_TIMEOUT " + STATEMENT_TIMEOUT_SECONDS * 1000);
    }
    if (settings.url().startsWith("jdbc:postgresql:")) {
      // The driver prepares a statement on the server after five runs, and PostgreSQL may then plan
      // it
      // once for any parameter values: "placed_at >= ?" became a scan of every order ever placed,
      // so
      // the idle poll grew with the history (issue 14). Planning each run with its values keeps the
      // per-pass queries on their indexes; the plans are a fraction of a millisecond.
      config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
      // JDBC batches of one INSERT (a campaign's recipients, Freezer) go as multi-row INSERTs
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      if (LockWait.isLingeringLock(e)) {
        throw new LockWait.Locked(e);
      }
      throw new StoreException(explain(e, settings.url()), e);
    }
  }

  /**
   * The shared migrations, then the few that only one engine needs ({@code db/vendor/h2}, {@code
   * db/vendor/postgresql}), numbered in the same sequence.
   */
  private static void migrate(DataSource ds, String url) {
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations(
              "classpath:db/migration", "classpath:db/vendor/" + (h2(url) ? "h2" : "postgresql"))
          .baselineOnMigrate(false)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "The database could not be brought up to date: "
              + e.getMessage()
              + " Restore the data folder from a backup or contact support.",
          e);
    }
  }

  private static boolean h2(String url) {
    return url.startsWith("jdbc:h2:");
  }

  private static SqlSessionFactory sessionFactory(HikariDataSource ds) {
    Configuration config =
        new Configuration(new Environment("ordernotify", new JdbcTransactionFactory(), ds));
    config.setMapUnderscoreToCamelCase(true);
    config.setArgNameBasedConstructorAutoMapping(true);
    if (!h2(ds.getJdbcUrl())) {
      config.setDefaultStatementTimeout(STATEMENT_TIMEOUT_SECONDS);
    }
    config.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
    MapperScan.mappers().forEach(config::addMapper);
    log.debug("Mappers registered: {}", config.getMapperRegistry().getMappers().size());
    return new SqlSessionFactoryBuilder().build(config);
  }

  /** Runs {@code work} in one transaction and commits it; any exception rolls everything back. */
  public <T> T inTransaction(Function<SqlSession, T> work) {
    try (SqlSession session = factory.openSession(false)) {
      T result = work.apply(session);
      session.commit();
      return result;
    }
  }

  /**
   * {@link #inTransaction} reusing prepared statements: for work that runs the same statements many
   * times.
   */
  public <T> T inReusingTransaction(Function<SqlSession, T> work) {
    try (SqlSession session =
        factory.openSession(org.apache.ibatis.session.ExecutorType.REUSE, false)) {
      T result = work.apply(session);
      session.commit();
      return result;
    }
  }

  /**
   * {@link #inTransaction} for many rows at once. On PostgreSQL its INSERTs and UPDATEs go in JDBC
   * batches (batched INSERTs as multi-row INSERTs): one round trip per batch instead of one per
   * row. H2 runs in this process, where batches save nothing and copying their parameters costs
   * more, so there prepared statements are reused as in {@link #inReusingTransaction}. Counts of
   * UPDATEs: {@link #updated}.
   */
  public <T> T inBatchTransaction(Function<SqlSession, T> work) {
    org.apache.ibatis.session.ExecutorType type =
        h2
            ? org.apache.ibatis.session.ExecutorType.REUSE
            : org.apache.ibatis.session.ExecutorType.BATCH;
    try (SqlSession session = factory.openSession(type, false)) {
      T result = work.apply(session);
      session.commit();
      return result;
    }
  }

  /**
   * The rows an UPDATE just run in {@code session} changed: {@code returned}, or in a batch the
   * count the database gives once the batch is sent.
   */
  public static int updated(SqlSession session, int returned) {
    List<org.apache.ibatis.executor.BatchResult> sent = session.flushStatements();
    return sent.isEmpty() ? returned : sent.get(sent.size() - 1).getUpdateCounts()[0];
  }

  public void inTransactionDo(Consumer<SqlSession> work) {
    inTransaction(
        session -> {
          work.accept(session);
          return null;
        });
  }

  /** Runs {@code work} with one mapper in its own transaction. */
  public <M, T> T withMapper(Class<M> mapperType, Function<M, T> work) {
    return inTransaction(session -> work.apply(session.getMapper(mapperType)));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** Turns a connection failure into one sentence a restaurant manager can act on. */
  static String explain(Throwable e, String fullUrl) {
    String url = withoutParameters(fullUrl);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == 0 && sql.getSQLState() != null) {
        String server = serverSentence(sql.getSQLState(), url);
        if (server != null) {
          return server;
        }
      }
      if (t instanceof SQLException sql) {
        switch (sql.getErrorCode()) {
          case 90020:
            return "The database file is locked by another program that opened it without AUTO_SERVER."
                + " Close that program, or make it connect with ;AUTO_SERVER=TRUE, then try again.";
          case 28000:
            return "The database refused the user name or password."
                + " Check db.properties in the data folder matches the database.";
          case 90146:
            return "The database at "
                + url
                + " does not exist and could not be created."
                + " Check the --db-url or --data-dir you gave.";
          default:
            break;
        }
      }
    }
    return "The database at "
        + url
        + " could not be opened ("
        + rootMessage(e)
        + ")."
        + " Check the data folder or --db-url and try again.";
  }

  /** PostgreSQL's refusals, by SQLSTATE (H2 reports its own by vendor code, below). */
  private static String serverSentence(String sqlState, String url) {
    switch (sqlState) {
      case "28P01":
      case "28000":
        return "The database server refused the user name or password. Check db.properties in the data"
            + " folder, or the --db-password-file, matches the server's account.";
      case "3D000":
        return "The database "
            + url
            + " does not exist on the server. Create it there first"
            + " (createdb), or correct the --db-url.";
      case "08001":
      case "08004":
      case "08006":
        return "The database server of "
            + url
            + " cannot be reached. Check it is running and that the"
            + " --db-url names the right host and port.";
      default:
        return null;
    }
  }

  /**
   * The URL without its {@code ?…} parameters, which may hold credentials: safe to show and log.
   */
  static String withoutParameters(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int cut = m.indexOf('[');
    return (cut > 0 ? m.substring(0, cut) : m).trim();
  }
}
