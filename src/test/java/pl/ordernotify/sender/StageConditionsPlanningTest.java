package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageConditions;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.testsupport.FakeGateway;

/** Conditions on a stage (order value, payment, first order, language) at their boundaries. */
class StageConditionsPlanningTest {

  private final SenderFixture f = SenderFixture.started(FakeGateway.smsapi());

  @AfterEach
  void close() {
    f.close();
  }

  private void accepted(StageConditions conditions) {
    f.enable(Stage.ACCEPTED, 0, 30);
    new StageService(f.db).apply(StageChange.of(Stage.ACCEPTED).withConditions(conditions));
  }

  /** An order of 45,90 zł paid by card (the fixture's), with this total, accepted and planned. */
  private Message plannedFor(long customer, String total, String payment) {
    long order = f.order(customer);
    f.sql(
        "UPDATE delivery_order SET total_gross = ?, payment_method = ? WHERE id = ?",
        new BigDecimal(total),
        payment,
        order);
    f.status(order, OrderStatus.ACCEPTED);
    f.plan();
    return f.only(order);
  }

  private long anna() {
    return f.customer("Anna Nowak", "600100200");
  }

  @Test
  void aMinimumValueSkipsASmallerOrderWithTheConditionInWords() {
    // given THANK_YOU-like limit: orders from 80 zł
    accepted(StageConditions.NONE.withMinValue(new BigDecimal("80")));
    // when a 45,90 zł order is accepted
    Message m = plannedFor(anna(), "45.90", "CARD");
    // then no SMS is planned, and the row says why
    assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(m.reason()).isEqualTo("CONDITION");
    assertThat(MessageDetail.english(m.reasonDetail())).contains("45,90 zł").contains("80,00 zł");
  }

  @Test
  void theMinimumValueItselfIsEnough() {
    accepted(StageConditions.NONE.withMinValue(new BigDecimal("80")));
    assertThat(plannedFor(anna(), "80.00", "CARD").status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(plannedFor(anna(), "79.99", "CARD").status()).isEqualTo(MessageStatus.SKIPPED);
  }

  @Test
  void theMaximumValueItselfIsEnoughAndACentMoreIsNot() {
    accepted(StageConditions.NONE.withMaxValue(new BigDecimal("120")));
    assertThat(plannedFor(anna(), "120.00", "CARD").status()).isEqualTo(MessageStatus.SCHEDULED);
    Message over = plannedFor(anna(), "120.01", "CARD");
    assertThat(over.status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(MessageDetail.english(over.reasonDetail())).contains("above");
  }

  @Test
  void onlyTheChosenPaymentMethods() {
    accepted(StageConditions.NONE.withPayments(List.of("CASH", "ONLINE")));
    assertThat(plannedFor(anna(), "50.00", "ONLINE").status()).isEqualTo(MessageStatus.SCHEDULED);
    Message card = plannedFor(anna(), "50.00", "CARD");
    assertThat(card.reason()).isEqualTo("CONDITION");
    assertThat(MessageDetail.english(card.reasonDetail()))
        .contains("CARD")
        .contains("CASH, ONLINE");
  }

  @Test
  void firstOrderOnlySkipsTheCustomersSecondOrder() {
    accepted(StageConditions.NONE.withFirstOrderOnly(true));
    long anna = anna();
    assertThat(plannedFor(anna, "50.00", "CARD").status()).isEqualTo(MessageStatus.SCHEDULED);
    f.advance(java.time.Duration.ofMinutes(1));
    Message second = plannedFor(anna, "50.00", "CARD");
    assertThat(second.status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(MessageDetail.english(second.reasonDetail())).contains("first order");
    // and another customer's first order still qualifies
    assertThat(plannedFor(f.customer("Jan Kowalski", "600100300"), "50.00", "CARD").status())
        .isEqualTo(MessageStatus.SCHEDULED);
  }

  @Test
  void onlyCustomersOfTheChosenLanguage() {
    accepted(StageConditions.NONE.withLanguage("en"));
    assertThat(plannedFor(f.customer("John Smith", "600100400", "en"), "50.00", "CARD").status())
        .isEqualTo(MessageStatus.SCHEDULED);
    assertThat(plannedFor(anna(), "50.00", "CARD").status()).isEqualTo(MessageStatus.SKIPPED);
  }

  @Test
  void conditionsCombineWithAnd() {
    accepted(StageConditions.NONE.withMinValue(new BigDecimal("80")).withPayments(List.of("CARD")));
    assertThat(plannedFor(anna(), "90.00", "CARD").status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(plannedFor(anna(), "90.00", "CASH").status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(plannedFor(anna(), "70.00", "CARD").status()).isEqualTo(MessageStatus.SKIPPED);
  }

  @Test
  void theSummaryReadsTheConditionsOut() {
    accepted(StageConditions.NONE.withMinValue(new BigDecimal("80")).withPayments(List.of("CARD")));
    String sentence = StageService.describe(new StageService(f.db).rule(Stage.ACCEPTED));
    assertThat(sentence).endsWith("Only for orders from 80,00 zł, paid by card.");
  }
}
