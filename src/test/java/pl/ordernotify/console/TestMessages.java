package pl.ordernotify.console;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import pl.ordernotify.store.Database;

/** Writes message rows as the sender would, for screens that only read them. */
public final class TestMessages {

  private TestMessages() {}

  public static void insert(
      Database db,
      Long orderId,
      String stage,
      String phone,
      String status,
      String reason,
      String detail,
      Instant due,
      String text,
      BigDecimal cost) {
    String sql =
        "INSERT INTO message (kind, order_id, stage, phone, status, reason, reason_detail, due_at,"
            + " idempotency_key, sms_text, parts, cost, created_at, updated_at, sent_at, gateway, gateway_message_id)"
            + " VALUES ('ORDER', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 'dry-run', ?)";
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, orderId);
      ps.setString(2, stage);
      ps.setString(3, phone);
      ps.setString(4, status);
      ps.setString(5, reason);
      ps.setString(6, detail);
      ps.setTimestamp(7, Timestamp.from(due));
      ps.setString(8, UUID.randomUUID().toString().replace("-", ""));
      ps.setString(9, text);
      ps.setBigDecimal(10, cost);
      ps.setTimestamp(11, Timestamp.from(due));
      ps.setTimestamp(12, Timestamp.from(due));
      ps.setTimestamp(
          13, "SENT".equals(status) || "DELIVERED".equals(status) ? Timestamp.from(due) : null);
      ps.setString(14, "gw-" + UUID.randomUUID().toString().substring(0, 8));
      ps.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
