package pl.ordernotify.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageStatusTest {

  @Test
  void aWaitingMessageIsClaimedCancelledOrExpiresAndNothingElse() {
    assertThat(MessageStatus.SCHEDULED.next())
        .containsExactlyInAnyOrder(
            MessageStatus.SENDING, MessageStatus.CANCELLED, MessageStatus.EXPIRED);
  }

  @Test
  void aClaimedMessageGetsAnOutcomeGoesBackOrStaysClaimedWhileItsFateIsUnknown() {
    assertThat(MessageStatus.SENDING.next())
        .contains(
            MessageStatus.SENT,
            MessageStatus.FAILED,
            MessageStatus.SCHEDULED,
            MessageStatus.SENDING,
            MessageStatus.SKIPPED)
        .doesNotContain(MessageStatus.DELIVERED);
  }

  @Test
  void aSentMessageOnlyTakesItsDeliveryReport() {
    assertThat(MessageStatus.SENT.next())
        .containsExactlyInAnyOrder(
            MessageStatus.DELIVERED,
            MessageStatus.UNDELIVERED,
            MessageStatus.FAILED,
            MessageStatus.EXPIRED);
  }

  @ParameterizedTest
  @EnumSource(MessageStatus.class)
  void aFinalStatusNeverChanges(MessageStatus status) {
    assertThat(status.next().isEmpty()).isEqualTo(status.isFinal());
  }

  @Test
  void aTransitionTheTableDoesNotAllowCannotBeMade() {
    assertThatThrownBy(() -> new Transition(MessageStatus.DELIVERED, MessageStatus.SENDING))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Transition.report(MessageStatus.SENDING))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Transition.CLAIM.to()).isEqualTo(MessageStatus.SENDING);
  }

  @Test
  void anOutcomeOfAClaimedMessageIsCheckedAgainstTheTable() {
    Instant now = Instant.parse("2026-03-14T12:00:00Z");
    assertThatThrownBy(
            () -> Outcome.of(1, 1, MessageStatus.DELIVERED, now).reason("X", null).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
