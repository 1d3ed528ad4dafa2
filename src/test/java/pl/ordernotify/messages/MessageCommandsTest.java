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
    TestMessages.insert(f.db, orderId, "READY", "+48600100201", status, null, null, f.clock.instant(), null, BigDecimal.ZERO);
    return f.messages().forOrder(orderId).stream().mapToLong(r -> r.message().id()).max().orElseThrow();
  }

  @Test
  void aRetryIsANewGenerationDueNowAndOnlyOnce() {
    var order = f.orders().today(Fixture.WARSAW).stream().filter(o -> o.orderStatus() == OrderStatus.READY).findFirst().orElseThrow();
    long failed = message(order.id(), "EXPIRED");

    commands.retry(failed);

    var retried = f.messages().forOrder(order.id()).get(1).message();
    assertThat(retried.generation()).isEqualTo(1);
    assertThat(retried.dueAt()).isEqualTo(f.clock.instant());
    assertThat(retried.expiresAt()).isEqualTo(f.clock.instant().plusSeconds(30 * 60));
    assertThatThrownBy(() -> commands.retry(failed)).hasMessageContaining("already been sent again");
  }

  @Test
  void refusesToRetryWhatDidNotFailOrACancelledOrder() {
    var orders = f.orders().today(Fixture.WARSAW);
    var cancelled = orders.stream().filter(o -> o.orderStatus() == OrderStatus.CANCELLED).findFirst().orElseThrow();
    var sentOrder = orders.stream().filter(o -> o.orderStatus() == OrderStatus.READY).findFirst().orElseThrow();

    assertThatThrownBy(() -> commands.retry(message(cancelled.id(), "FAILED"))).hasMessageContaining("cancelled");
    assertThatThrownBy(() -> commands.retry(message(sentOrder.id(), "SENT"))).hasMessageContaining("Only a failed");
  }

  @Test
  void cancelsOnlyWhileScheduled() {
    var order = f.orders().today(Fixture.WARSAW).get(0);
    long sent = message(order.id(), "SENT");

    assertThatThrownBy(() -> commands.cancel(sent)).hasMessageContaining("no longer waiting");
  }
}
