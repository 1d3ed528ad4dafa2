package pl.ordernotify.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.TestMessages;
import pl.ordernotify.orders.OrderStatus;

class MessageCommandsTest {

  private final Fixture f = new Fixture().withDemo();
  private final MessageCommands commands = new MessageCommands(f.db, f.clock);

  @AfterEach
  void tearDown() {
    f.close();
  }

  private long message(long orderId, String status) {
    TestMessages.insert(
        f.db,
        orderId,
        "READY",
        "+48600100201",
        status,
        null,
        null,
        f.clock.instant(),
        null,
        BigDecimal.ZERO);
    return f.messages().forOrder(orderId).stream()
        .mapToLong(r -> r.message().id())
        .max()
        .orElseThrow();
  }

  @Test
  void aRetryIsANewGenerationDueNowAndOnlyOnce() {
    var order =
        f.orders().today(Fixture.WARSAW).stream()
            .filter(o -> o.orderStatus() == OrderStatus.READY)
            .findFirst()
            .orElseThrow();
    long failed = message(order.id(), "EXPIRED");

    commands.retry(failed);

    var retried = f.messages().forOrder(order.id()).get(1).message();
    assertThat(retried.generation()).isEqualTo(1);
    assertThat(retried.dueAt()).isEqualTo(f.clock.instant());
    assertThat(retried.expiresAt()).isEqualTo(f.clock.instant().plusSeconds(30 * 60));
    assertThatThrownBy(() -> commands.retry(failed))
        .hasMessageContaining("already been sent again");
  }

  @Test
  void refusesToRetryWhatDidNotFailOrACancelledOrder() {
    var orders = f.orders().today(Fixture.WARSAW);
    var cancelled =
        orders.stream()
            .filter(o -> o.orderStatus() == OrderStatus.CANCELLED)
            .findFirst()
            .orElseThrow();
    var sentOrder =
        orders.stream().filter(o -> o.orderStatus() == OrderStatus.READY).findFirst().orElseThrow();

    assertThatThrownBy(() -> commands.retry(message(cancelled.id(), "FAILED")))
        .hasMessageContaining("cancelled");
    assertThatThrownBy(() -> commands.retry(message(sentOrder.id(), "SENT")))
        .hasMessageContaining("Only a failed");
  }

  @Test
  void cancelsOnlyWhileScheduled() {
    var order = f.orders().today(Fixture.WARSAW).get(0);
    long sent = message(order.id(), "SENT");

    assertThatThrownBy(() -> commands.cancel(sent)).hasMessageContaining("no longer waiting");
  }

  @Test
  void aThankYouSentAgainLateInTheEveningWaitsForTomorrowsSendWindow() {
    // given a failed THANK_YOU and it is 21:30 in Warsaw (window 10:00-20:00)
    f.clock.set(java.time.Instant.parse("2026-11-20T20:30:00Z"));
    var order = f.orders().today(Fixture.WARSAW).get(0);
    TestMessages.insert(
        f.db,
        order.id(),
        "THANK_YOU",
        "+48600100201",
        "FAILED",
        null,
        null,
        f.clock.instant(),
        null,
        BigDecimal.ZERO);
    long failed =
        f.messages().forOrder(order.id()).stream()
            .mapToLong(r -> r.message().id())
            .max()
            .orElseThrow();

    // when staff send it again
    commands.retry(failed);

    // then it goes out at tomorrow's opening, not at night, and expires when that window closes
    var retried =
        f.messages().forOrder(order.id()).stream()
            .filter(r -> r.message().generation() == 1)
            .findFirst()
            .orElseThrow()
            .message();
    assertThat(retried.dueAt()).isEqualTo(java.time.Instant.parse("2026-11-21T09:00:00Z"));
    assertThat(retried.expiresAt()).isEqualTo(java.time.Instant.parse("2026-11-21T19:00:00Z"));
  }
}
