package pl.ordernotify.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.TestDatabase;

class OrderServiceTest {

  private final Database db = TestDatabase.inMemory();
  private final MutableClock clock = MutableClock.at("2025-03-14T17:00:00Z");
  private final OrderService orders = new OrderService(db, clock);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void changeStatusStampsTheClocksTime() {
    // given a new order
    long id = insert("0314-001", "NEW", Instant.parse("2025-03-14T16:50:00Z"));
    clock.advance(Duration.ofMinutes(3));

    // when the order board marks it ready
    DeliveryOrder ready = orders.changeStatus(id, OrderStatus.READY);

    // then status_changed_at is now, as the POS would set it
    assertThat(ready.status()).isEqualTo("READY");
    assertThat(ready.statusChangedAt()).isEqualTo(Instant.parse("2025-03-14T17:03:00Z"));
  }

  @Test
  void closedOrdersCannotChangeAndNothingIsWritten() {
    // given a delivered order
    long id = insert("0314-002", "DELIVERED", Instant.parse("2025-03-14T16:00:00Z"));

    // when the board tries to move it back
    // then it is refused in a sentence and the order stays as it was
    assertThatThrownBy(() -> orders.changeStatus(id, OrderStatus.READY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Order 0314-002 is already delivered and cannot change any more.");
    assertThat(orders.byId(id).status()).isEqualTo("DELIVERED");
    assertThatThrownBy(() -> orders.changeStatus(id + 100, OrderStatus.READY))
        .hasMessage("Order " + (id + 100) + " no longer exists.");
  }

  @Test
  void todayMeansSinceMidnightInTheRestaurantsZone() {
    // given an order placed at 23:30 yesterday Warsaw time and one at 00:30 today
    insert("late", "DELIVERED", Instant.parse("2025-03-13T22:30:00Z"));
    insert("early", "NEW", Instant.parse("2025-03-13T23:30:00Z"));

    // when today's orders are listed in Warsaw
    // then only today's is there
    assertThat(orders.today(ZoneId.of("Europe/Warsaw")))
        .extracting(DeliveryOrder::orderNo)
        .containsExactly("early");
  }

  private long insert(String orderNo, String status, Instant placedAt) {
    GeneratedId key = new GeneratedId();
    db.withMapper(
        OrderMapper.class,
        m -> {
          m.insert(
              new DeliveryOrder(
                  null,
                  orderNo,
                  null,
                  "600 100 200",
                  status,
                  null,
                  BigDecimal.ONE,
                  "CARD",
                  30,
                  placedAt,
                  null),
              key);
          return null;
        });
    return key.value();
  }
}
