package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.testsupport.FakeGateway;

class PlannerTest {

  private final SenderFixture f = new SenderFixture(FakeGateway.smsapi());

  @AfterEach
  void close() {
    f.close();
  }

  private long events(long orderId) {
    return count("SELECT COUNT(*) FROM order_status_event WHERE order_id = " + orderId);
  }

  private long count(String sql) {
    try (var c = f.db.dataSource().getConnection();
        var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void firstStartRecordsExistingOrdersAsSeenAndTextsNone() {
    // given orders already in the POS before OrderNotify ever ran
    f.enable(Stage.ACCEPTED, 0, 30);
    long existing = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(existing, OrderStatus.ACCEPTED);
    // when the sender starts for the first time
    f.sender.runPassesOnce();
    f.sender.runPassesOnce();
    // then nothing is planned or sent, and the baseline is remembered for the database
    assertThat(f.messages(existing)).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM order_seen WHERE order_id = " + existing)).isEqualTo(1);
    assertThat(f.gateway.requests()).isEmpty();
    // and a later change of that order is noticed normally
    f.status(existing, OrderStatus.READY);
    f.sender.runPassesOnce();
    assertThat(f.messages(existing)).isEmpty();
  }

  @Test
  void plansOneMessageWithDueAndExpiryFromTheChangeTime() {
    f.sender.runPassesOnce();
    f.enable(Stage.READY, 5, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    Instant changed = f.clock.instant();
    f.status(order, OrderStatus.READY);
    f.advance(Duration.ofSeconds(3));
    // when
    f.plan();
    // then
    Message m = f.only(order);
    assertThat(m.status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(m.stage()).isEqualTo("READY");
    assertThat(m.dueAt()).isEqualTo(changed.plusSeconds(300));
    assertThat(m.expiresAt()).isEqualTo(changed.plusSeconds(1800));
    assertThat(m.reason()).isEqualTo("PLANNED");
    assertThat(MessageDetail.english(m.reasonDetail())).contains("READY");
    assertThat(m.idempotencyKey()).matches("[A-Za-z0-9]{20}");
  }

  @Test
  void usesTheNoticeTimeWhenThePosLeavesStatusChangedAtEmpty() {
    f.sender.runPassesOnce();
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.order(null, "600100200", f.clock.instant());
    f.sql(
        "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = NULL WHERE id = ?",
        order);
    f.advance(Duration.ofSeconds(7));
    f.plan();
    assertThat(f.only(order).dueAt()).isEqualTo(f.clock.instant());
  }

  @Test
  void reprocessingNeverPlansASecondMessageForTheSameStage() {
    f.sender.runPassesOnce();
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.ACCEPTED);
    f.plan();
    // when the order goes back and forth, and the journal is replayed by clearing what was seen
    f.sql("UPDATE delivery_order SET status = 'NEW' WHERE id = ?", order);
    f.plan();
    f.sql("UPDATE delivery_order SET status = 'ACCEPTED' WHERE id = ?", order);
    f.plan();
    f.sql("DELETE FROM order_seen WHERE order_id = ?", order);
    f.plan();
    f.plan();
    // then still one message
    assertThat(f.messages(order)).hasSize(1);
    assertThat(events(order)).isEqualTo(4);
  }

  @Test
  void twoChangesBetweenPollsAreSeenAsTheLaterOne() {
    f.sender.runPassesOnce();
    f.enable(Stage.ACCEPTED, 0, 30);
    f.enable(Stage.READY, 0, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.plan();
    // when the POS moves the order through two stages before the next poll
    f.status(order, OrderStatus.ACCEPTED);
    f.status(order, OrderStatus.READY);
    f.plan();
    // then only the later stage is seen and planned
    List<Message> list = f.messages(order);
    assertThat(list).extracting(Message::stage).containsExactly("READY");
    assertThat(events(order)).isEqualTo(2); // NEW when first seen, then READY
  }

  @Test
  void disabledStagesPlanNothing() {
    f.sender.runPassesOnce();
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.ACCEPTED);
    f.plan();
    assertThat(f.messages(order)).isEmpty();
    assertThat(events(order)).isEqualTo(1);
  }

  @Test
  void cancellingAnOrderCancelsItsPendingMessagesAndPlansNothing() {
    f.sender.runPassesOnce();
    f.enable(Stage.ACCEPTED, 10, 30);
    f.enable(Stage.READY, 0, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.ACCEPTED);
    f.plan();
    // when
    f.status(order, OrderStatus.CANCELLED);
    f.plan();
    // then
    Message m = f.only(order);
    assertThat(m.status()).isEqualTo(MessageStatus.CANCELLED);
    assertThat(m.reason()).isEqualTo("ORDER_CANCELLED");
    assertThat(m.finalAt()).isNotNull();
  }

  @Test
  void aCancelledReadyOrderMadeReadyAgainRecordsWhyNoNewSmsFollows() {
    f.sender.runPassesOnce();
    f.enable(Stage.READY, 10, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.READY);
    f.plan();
    f.status(order, OrderStatus.CANCELLED);
    f.plan();
    // when the POS brings the order back to READY (OrderNotify's own board would refuse; the POS
    // may not)
    f.advance(java.time.Duration.ofMinutes(1));
    f.sql(
        "UPDATE delivery_order SET status = 'READY', status_changed_at = ? WHERE id = ?",
        java.time.OffsetDateTime.ofInstant(f.clock.instant(), java.time.ZoneOffset.UTC),
        order);
    f.plan();
    // then there is still one message, and it says why no new SMS follows
    Message m = f.only(order);
    assertThat(m.status()).isEqualTo(MessageStatus.CANCELLED);
    assertThat(m.reason()).isEqualTo("REOPENED");
    assertThat(MessageDetail.english(m.reasonDetail())).contains("no new SMS follows");
  }

  @Test
  void picksTheTemplateInTheCustomersLanguageThenPolishThenAny() {
    f.sender.runPassesOnce();
    f.enable(Stage.ACCEPTED, 0, 30);
    long english = f.template("accepted-en", "en", "Order <<nrZamowienia>> accepted");
    new StageService(f.db).apply(StageChange.of(Stage.ACCEPTED).withTemplate("accepted-en"));
    long polish =
        f.db
            .withMapper(
                pl.ordernotify.stages.StageMapper.class, m -> m.findTemplateByName("accepted-pl"))
            .id();
    long en = f.order(f.customer("John Smith", "600100200", "en"));
    long de = f.order(f.customer("Hans Muller", "600100201", "de"));
    f.status(en, OrderStatus.ACCEPTED);
    f.status(de, OrderStatus.ACCEPTED);
    f.plan();
    assertThat(f.only(en).templateId()).isEqualTo(english);
    assertThat(f.only(de).templateId()).isEqualTo(polish);
  }

  @Test
  void keysAreRandomNotDerivedFromIds() {
    f.sender.runPassesOnce();
    f.enable(Stage.ACCEPTED, 0, 30);
    long a = f.order(f.customer("Anna Nowak", "600100200"));
    long b = f.order(f.customer("Jan Kowalski", "600100201"));
    f.status(a, OrderStatus.ACCEPTED);
    f.status(b, OrderStatus.ACCEPTED);
    f.plan();
    String ka = f.only(a).idempotencyKey();
    String kb = f.only(b).idempotencyKey();
    assertThat(ka).isNotEqualTo(kb).matches("[A-Za-z0-9]{20}");
    // a reinstalled database starts its ids again at 1, but never its keys
    try (SenderFixture again = SenderFixture.started(FakeGateway.smsapi())) {
      again.enable(Stage.ACCEPTED, 0, 30);
      long first = again.order(again.customer("Anna Nowak", "600100200"));
      again.status(first, OrderStatus.ACCEPTED);
      again.plan();
      assertThat(again.only(first).id()).isEqualTo(f.only(a).id());
      assertThat(again.only(first).idempotencyKey()).isNotEqualTo(ka);
    }
  }

  @Test
  void thankYouIsPlannedDaysAfterTheOrderInsideTheWindowAndCancelledWithTheOrder() {
    f.sender.runPassesOnce();
    f.enable(Stage.THANK_YOU, 0, 1440);
    long order =
        f.order(f.customer("Anna Nowak", "600100200"), null, Instant.parse("2025-03-10T11:00:00Z"));
    f.status(order, OrderStatus.ACCEPTED);
    f.plan();
    f.status(order, OrderStatus.DELIVERED);
    f.plan();
    // then one THANK_YOU, 3 days later at 12:00 Warsaw time, until the 20:00 window close
    Message m = f.only(order);
    assertThat(m.stage()).isEqualTo("THANK_YOU");
    assertThat(m.dueAt()).isEqualTo(Instant.parse("2025-03-13T11:00:00Z"));
    assertThat(m.expiresAt()).isEqualTo(Instant.parse("2025-03-13T19:00:00Z"));
    // a cancelled order plans none and loses the pending one
    long cancelled = f.order(f.customer("Jan Kowalski", "600100201"));
    f.status(cancelled, OrderStatus.CANCELLED);
    f.plan();
    assertThat(f.messages(cancelled)).isEmpty();
  }
}
