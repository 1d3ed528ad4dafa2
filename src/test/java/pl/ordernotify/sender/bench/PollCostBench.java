package pl.ordernotify.sender.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import pl.ordernotify.sender.SenderParts;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderSettings;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.testsupport.FakeGateway;

/** Benchmark (d): the cost of one idle pass with N historic orders and messages. */
final class PollCostBench {

  private PollCostBench() {}

  static String run(int history, int passes) throws Exception {
    var cs = BenchSupport.freshDatabase("poll" + history);
    try (Database db = Database.open(cs)) {
      BenchSupport.enableAccepted(db);
      OffsetDateTime old = BenchSupport.now().minusDays(10);
      BenchSupport.insertOrders(db, "H", history, "DELIVERED", old);
      insertHistoricMessages(db, old);
      BenchSupport.insertOrders(
          db, "R", 200, "DELIVERED", BenchSupport.now()); // today's 200 orders
      FakeGateway gateway = FakeGateway.smsapi();
      SenderService sender =
          new SenderService(
              SenderSettings.defaults(),
              db,
              SenderParts.of(() -> gateway, new Renderer()),
              Clock.systemUTC());
      sender.runPassesOnce();
      for (int i = 0; i < 50; i++) {
        sender.runPassesOnce(); // warm-up
      }
      long start = System.nanoTime();
      for (int i = 0; i < passes; i++) {
        sender.runPassesOnce();
      }
      double micros = (System.nanoTime() - start) / 1e3 / passes;
      sender.close();
      return String.format(
          "(d) %,d historic orders + messages: %.0f µs per idle pass (%d passes)%s",
          history, micros, passes, history >= 1_000_000 ? "\n" + plans(db) : "");
    }
  }

  /**
   * One SENT-and-delivered message per historic order, 50,000 orders per statement: one statement
   * for a million rows would outlast the store's 30 s statement timeout on H2.
   */
  private static void insertHistoricMessages(Database db, OffsetDateTime at) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO message (order_id, stage, status, reason, due_at, expires_at, idempotency_key, parts,"
                    + " created_at, updated_at, sent_at, final_at) SELECT id, 'ACCEPTED', 'DELIVERED', 'REPORT', ?, ?,"
                    + " CONCAT('h', id), 1, ?, ?, ?, ? FROM delivery_order WHERE id BETWEEN ? AND ?")) {
      long[] ids = idRange(c);
      for (long from = ids[0]; from <= ids[1]; from += 50_000) {
        for (int i = 1; i <= 6; i++) {
          ps.setObject(i, at);
        }
        ps.setLong(7, from);
        ps.setLong(8, from + 49_999);
        ps.executeUpdate();
      }
    }
  }

  private static long[] idRange(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id) FROM delivery_order");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  /** The query plans of the per-pass queries, to show they read through indexes. */
  private static String plans(Database db) throws SQLException {
    String[] queries = {
      "SELECT o.id FROM delivery_order o LEFT JOIN order_seen s ON s.order_id = o.id"
          + " WHERE o.placed_at >= CURRENT_TIMESTAMP - INTERVAL '48' HOUR AND (s.status IS NULL OR s.status <> o.status)",
      "SELECT m.id FROM message m WHERE m.status = 'SCHEDULED' AND m.due_at <= CURRENT_TIMESTAMP",
      "SELECT id FROM message WHERE status = 'SENT' AND next_report_at <= CURRENT_TIMESTAMP",
      "SELECT COALESCE(SUM(parts), 0) FROM message WHERE sent_at >= CURRENT_TIMESTAMP - INTERVAL '30' DAY"
    };
    StringBuilder sb = new StringBuilder();
    try (Connection c = db.dataSource().getConnection()) {
      for (String q : queries) {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + q);
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          sb.append(rs.getString(1).replaceAll("\\s+", " ")).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
