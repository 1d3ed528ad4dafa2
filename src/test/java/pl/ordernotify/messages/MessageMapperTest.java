package pl.ordernotify.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.TestDatabase;

class MessageMapperTest {

  private static final Instant DUE = Instant.parse("2025-03-14T17:05:00Z");

  private final Database db = TestDatabase.inMemory();
  private final MessageService messages = new MessageService(db);
  private long orderId;

  @BeforeEach
  void order() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO delivery_order (order_no, status) VALUES ('0314-001', 'READY')",
          Statement.RETURN_GENERATED_KEYS);
      try (var keys = st.getGeneratedKeys()) {
        keys.next();
        orderId = keys.getLong(1);
      }
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aMessageRowWrittenBySqlReadsBackWithItsOrderNumber() throws Exception {
    // given a skipped READY message for the order, written with plain SQL
    insert(1, "READY", "SKIPPED", "OPTED_OUT", DUE);

    // when the order's messages are read
    List<MessageRow> rows = messages.forOrder(orderId);

    // then the row carries every field and the order number
    assertThat(rows).hasSize(1);
    MessageRow row = rows.get(0);
    Message m = row.message();
    assertThat(row.orderNo()).isEqualTo("0314-001");
    assertThat(m.id()).isEqualTo(1L);
    assertThat(m.kind()).isEqualTo("ORDER");
    assertThat(m.orderId()).isEqualTo(orderId);
    assertThat(m.stage()).isEqualTo("READY");
    assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(m.reason()).isEqualTo("OPTED_OUT");
    assertThat(m.reasonDetail()).isEqualTo("The customer asked for no SMS.");
    assertThat(m.dueAt()).isEqualTo(DUE);
    assertThat(m.expiresAt()).isEqualTo(DUE.plusSeconds(1800));
    assertThat(m.phone()).isEqualTo("+48600100201");
    assertThat(m.cost()).isEqualByComparingTo(new BigDecimal("0.16"));
    assertThat(m.parts()).isEqualTo(1);
    assertThat(m.sentAt()).isNull();
    assertThat(m.version()).isZero();
  }

  @Test
  void listFiltersByOrderAndStatusNewestFirst() throws Exception {
    // given three messages of one order and one test SMS with no order
    insert(1, "ACCEPTED", "SENT", null, DUE);
    insert(2, "READY", "SKIPPED", "OPTED_OUT", DUE.plusSeconds(600));
    insert(3, "DEPARTED", "SCHEDULED", null, DUE.plusSeconds(1200));
    insertTestSms(4);

    // when listed with and without filters
    List<MessageRow> all = messages.list(MessageFilter.all());
    List<MessageRow> skipped =
        messages.list(new MessageFilter("0314-001", "SKIPPED", null, null, null, null, 10));
    List<MessageRow> limited =
        messages.list(new MessageFilter("0314-001", null, null, null, null, null, 2));

    // then the newest due comes first, and filters narrow the list
    assertThat(all).extracting(r -> r.message().id()).containsExactly(4L, 3L, 2L, 1L);
    assertThat(all.get(0).orderNo()).isNull();
    assertThat(skipped).extracting(r -> r.message().id()).containsExactly(2L);
    assertThat(limited).extracting(r -> r.message().id()).containsExactly(3L, 2L);
  }

  @Test
  void forOrderReturnsEveryMessageOfTheOrderOldestFirst() throws Exception {
    // given three messages of one order, one per stage
    insert(1, "ACCEPTED", "SENT", null, DUE);
    insert(2, "READY", "SKIPPED", "SUPERSEDED", DUE.plusSeconds(600));
    insert(3, "DEPARTED", "SCHEDULED", null, DUE.plusSeconds(1200));

    // when the order's messages are read
    List<MessageRow> rows = messages.forOrder(orderId);

    // then all three are there, none folded into another
    assertThat(rows)
        .extracting(r -> r.message().stage())
        .containsExactly("ACCEPTED", "READY", "DEPARTED");
    assertThat(rows).extracting(MessageRow::orderNo).containsOnly("0314-001");
  }

  @Test
  void failedSinceFindsWhatFailedExpiredOrWentUndeliveredAfterTheGivenTime() throws Exception {
    // given messages that changed one, eleven and twenty-one minutes after DUE - 2 min
    insert(1, "ACCEPTED", "FAILED", null, DUE);
    insert(2, "READY", "SENT", null, DUE.plusSeconds(600));
    insert(3, "DEPARTED", "EXPIRED", null, DUE.plusSeconds(600));
    insert(4, "THANK_YOU", "UNDELIVERED", null, DUE.plusSeconds(1200));

    // when
    List<MessageRow> all = messages.failedSince(DUE.minusSeconds(120));
    List<MessageRow> later = messages.failedSince(DUE);

    // then oldest first, sent ones never, and only after the given moment
    assertThat(all).extracting(r -> r.message().id()).containsExactly(1L, 3L, 4L);
    assertThat(all).extracting(MessageRow::orderNo).containsOnly("0314-001");
    assertThat(later).extracting(r -> r.message().id()).containsExactly(3L, 4L);
  }

  private void insert(long id, String stage, String status, String reason, Instant due)
      throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO message (id, kind, order_id, stage, phone, status, reason, reason_detail, due_at,"
                    + " expires_at, idempotency_key, sms_text, parts, cost, created_at, updated_at)"
                    + " VALUES (?, 'ORDER', ?, ?, '+48600100201', ?, ?, ?, ?, ?, ?, 'Twoje zamówienie jest gotowe',"
                    + " 1, 0.16, ?, ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, orderId);
      ps.setString(3, stage);
      ps.setString(4, status);
      ps.setString(5, reason);
      ps.setString(6, reason == null ? null : "The customer asked for no SMS.");
      ps.setObject(7, utc(due));
      ps.setObject(8, utc(due.plusSeconds(1800)));
      ps.setString(9, "on-" + id);
      ps.setObject(10, utc(due.minusSeconds(60)));
      ps.setObject(11, utc(due.minusSeconds(60)));
      ps.executeUpdate();
    }
  }

  private void insertTestSms(long id) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO message (id, kind, phone, status, due_at, idempotency_key, created_at, updated_at)"
                    + " VALUES (?, 'TEST', '+48600100201', 'SENT', ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setObject(2, utc(DUE.plusSeconds(3600)));
      ps.setString(3, "on-" + id);
      ps.setObject(4, utc(DUE));
      ps.setObject(5, utc(DUE));
      ps.executeUpdate();
    }
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
