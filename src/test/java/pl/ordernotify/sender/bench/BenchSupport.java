package pl.ordernotify.sender.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;

/** Set-up shared by the benchmarks: a file database with ACCEPTED enabled, orders in bulk. */
final class BenchSupport {

  private BenchSupport() {}

  /**
   * A fresh database: an H2 file, or a new database on the PostgreSQL server of .ci/postgres.sh.
   */
  static DataLocation.ConnectionSettings freshDatabase(String name) throws Exception {
    if (pl.ordernotify.testsupport.TestEngine.postgres()) {
      return pl.ordernotify.testsupport.TestEngine.freshPostgresDatabase();
    }
    Path dir = Files.createTempDirectory("ordernotify-bench-" + name);
    return DataLocation.resolve(dir, null, Map.of()).connectionSettings();
  }

  static void enableAccepted(Database db) throws SQLException {
    exec(
        db,
        "INSERT INTO app_setting (name, setting_value) VALUES ('restaurant.name', 'Bench Pizza')");
    exec(
        db,
        "INSERT INTO sms_template (name, kind, language, body, created_at, updated_at) VALUES"
            + " ('bench-pl', 'ORDER', 'pl', 'Zamowienie <<nrZamowienia>> przyjete. <<nazwaLokalu>>',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    new StageService(db)
        .apply(
            StageChange.of(Stage.ACCEPTED)
                .withTemplate("bench-pl")
                .withValidity(600)
                .withEnabled(true));
  }

  /** N orders with their own mobile numbers, in {@code status}, placed {@code placedAt}. */
  static void insertOrders(
      Database db, String prefix, int n, String status, OffsetDateTime placedAt)
      throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO delivery_order (order_no, phone, status,"
                  + " status_changed_at, total_gross, payment_method, prep_minutes, placed_at) VALUES"
                  + " (?, ?, ?, ?, 45.90, 'CARD', 40, ?)")) {
        for (int i = 0; i < n; i++) {
          ps.setString(1, prefix + i);
          ps.setString(2, String.format("+48 5%08d", i % 100_000_000));
          ps.setString(3, status);
          ps.setObject(4, placedAt);
          ps.setObject(5, placedAt);
          ps.addBatch();
          if (i % 10_000 == 9_999) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
      }
      c.commit();
    }
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  static void exec(Database db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }

  static long percentile(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
