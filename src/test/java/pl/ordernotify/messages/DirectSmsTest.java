package pl.ordernotify.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.testsupport.TestDatabase;

class DirectSmsTest {

  private static final Instant NOW = Instant.parse("2025-03-14T17:05:00Z");

  private final Database db = TestDatabase.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anAcceptedAlertIsWrittenSentAndFinishedWithTheGatewaysAnswer() {
    // given an alert SMS the gateway took
    DirectSms sms =
        DirectSms.alert(
            new Decision(MessageStatus.SENT, "SENT", "@ALERT_SENT [\"g-1\"]"),
            new Handover("+48600100200", "smsapi", "Alert", 1, new BigDecimal("0.16"), "g-1", null),
            "key-1",
            NOW);

    // when it is written
    Message m = db.withMapper(MessageMapper.class, mapper -> mapper.findById(insert(sms)));

    // then the row is a finished ALERT with one attempt, sent now, and the gateway's id and price
    assertThat(m.kind()).isEqualTo("ALERT");
    assertThat(m.orderId()).isNull();
    assertThat(m.campaignId()).isNull();
    assertThat(m.generation()).isZero();
    assertThat(m.status()).isEqualTo(MessageStatus.SENT);
    assertThat(m.reason()).isEqualTo("SENT");
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.phone()).isEqualTo("+48600100200");
    assertThat(m.gateway()).isEqualTo("smsapi");
    assertThat(m.gatewayMessageId()).isEqualTo("g-1");
    assertThat(m.smsText()).isEqualTo("Alert");
    assertThat(m.cost()).isEqualByComparingTo("0.16");
    assertThat(m.idempotencyKey()).isEqualTo("key-1");
    assertThat(m.dueAt()).isEqualTo(NOW);
    assertThat(m.sentAt()).isEqualTo(NOW);
    assertThat(m.finalAt()).isEqualTo(NOW);
  }

  @Test
  void aRefusedAlertIsWrittenFailedWithTheRefusalCodeAndNoSendingTime() {
    // given an alert SMS the gateway refused with code 101
    DirectSms sms =
        DirectSms.alert(
            new Decision(MessageStatus.FAILED, "ALERT_NOT_SENT", "refused"),
            new Handover("+48600100200", "smsapi", "Alert", 1, null, null, "101"),
            "key-2",
            NOW);

    // when it is written
    Message m = db.withMapper(MessageMapper.class, mapper -> mapper.findById(insert(sms)));

    // then it ended FAILED now, never sent, with the gateway's code
    assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(m.gatewayCode()).isEqualTo("101");
    assertThat(m.gatewayMessageId()).isNull();
    assertThat(m.sentAt()).isNull();
    assertThat(m.finalAt()).isEqualTo(NOW);
  }

  @Test
  void anSmsSentAtOnceIsEitherSentOrFailed() {
    // given a decision that would leave the SMS waiting
    Decision waiting = new Decision(MessageStatus.SCHEDULED, "PLANNED", null);

    // when an SMS sent at once is made with it, then it is refused
    assertThatThrownBy(() -> DirectSms.alert(waiting, Handover.NONE, "key-3", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private long insert(DirectSms sms) {
    GeneratedId id = new GeneratedId();
    db.withMapper(
        MessageMapper.class,
        m -> {
          m.insertDirect(sms, id);
          return null;
        });
    return id.value();
  }
}
