package pl.ordernotify.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.testsupport.TestDatabase;

class OrderMapperTest {

  private final Database db = TestDatabase.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void insertedOrderReadsBackFieldForFieldWithExactInstants() {
    // given an order with times down to the microsecond (TIMESTAMP WITH TIME ZONE keeps six digits)
    long customerId = customer("Anna Kowalska", "600 100 201");
    DeliveryOrder order =
        new DeliveryOrder(
            null,
            "0314-001",
            customerId,
            "+48 600 999 888",
            "ACCEPTED",
            Instant.parse("2025-03-14T17:05:30.123456Z"),
            new BigDecimal("45.90"),
            "CARD",
            40,
            Instant.parse("2025-03-14T17:01:02.654321Z"),
            "WIOSNA10");

    // when it is inserted and read back by number
    GeneratedId key = new GeneratedId();
    db.withMapper(
        OrderMapper.class,
        m -> {
          m.insert(order, key);
          return null;
        });
    DeliveryOrder read = db.withMapper(OrderMapper.class, m -> m.findByNo("0314-001"));

    // then every field is the same, the id is the generated one
    assertThat(read)
        .isEqualTo(
            new DeliveryOrder(
                key.value(),
                "0314-001",
                customerId,
                "+48 600 999 888",
                "ACCEPTED",
                Instant.parse("2025-03-14T17:05:30.123456Z"),
                new BigDecimal("45.90"),
                "CARD",
                40,
                Instant.parse("2025-03-14T17:01:02.654321Z"),
                "WIOSNA10"));
    DeliveryOrder byId = db.withMapper(OrderMapper.class, m -> m.findById(key.value()));
    assertThat(byId).isEqualTo(read);
    assertThat(read.orderStatus()).isEqualTo(OrderStatus.ACCEPTED);
  }

  @Test
  void walkInOrderWithoutCustomerOrStatusTimeReadsBackWithNulls() {
    // given a walk-in order: no customer, no status time, no promo code
    DeliveryOrder order =
        new DeliveryOrder(
            null,
            "0314-002",
            null,
            "611 222 333",
            "NEW",
            null,
            new BigDecimal("39.90"),
            "CASH",
            30,
            Instant.parse("2025-03-14T12:00:00Z"),
            null);

    // when it is inserted and read back
    db.withMapper(
        OrderMapper.class,
        m -> {
          m.insert(order, new GeneratedId());
          return null;
        });
    DeliveryOrder read = db.withMapper(OrderMapper.class, m -> m.findByNo("0314-002"));

    // then the nulls stay nulls
    assertThat(read.customerId()).isNull();
    assertThat(read.statusChangedAt()).isNull();
    assertThat(read.promoCode()).isNull();
    DeliveryOrder missing = db.withMapper(OrderMapper.class, m -> m.findByNo("no-such"));
    assertThat(missing).isNull();
  }

  @Test
  void placedSinceReturnsOrdersFromThatInstantOnNewestFirst() {
    // given orders placed before, exactly at, and after a moment
    Instant since = Instant.parse("2025-03-14T10:00:00Z");
    insert("A", since.minusNanos(1_000));
    insert("B", since);
    insert("C", since.plusSeconds(3600));

    // when orders placed since that moment are read
    List<DeliveryOrder> recent = db.withMapper(OrderMapper.class, m -> m.placedSince(since));

    // then the one before is left out and the newest comes first
    assertThat(recent).extracting(DeliveryOrder::orderNo).containsExactly("C", "B");
    long count = db.withMapper(OrderMapper.class, OrderMapper::count);
    assertThat(count).isEqualTo(3L);
  }

  @Test
  void updateStatusSetsStatusAndItsTime() {
    // given a new order
    long id = insert("0314-003", Instant.parse("2025-03-14T17:00:00Z"));

    // when its status changes
    Instant changedAt = Instant.parse("2025-03-14T17:12:34.500Z");
    int updated = db.withMapper(OrderMapper.class, m -> m.updateStatus(id, "READY", changedAt));
    int missing =
        db.withMapper(OrderMapper.class, m -> m.updateStatus(id + 100, "READY", changedAt));

    // then status and its time are stored; an unknown id updates nothing
    DeliveryOrder read = db.withMapper(OrderMapper.class, m -> m.findById(id));
    assertThat(updated).isEqualTo(1);
    assertThat(missing).isZero();
    assertThat(read.status()).isEqualTo("READY");
    assertThat(read.statusChangedAt()).isEqualTo(changedAt);
  }

  private long insert(String orderNo, Instant placedAt) {
    GeneratedId key = new GeneratedId();
    db.withMapper(
        OrderMapper.class,
        m -> {
          m.insert(
              new DeliveryOrder(
                  null,
                  orderNo,
                  null,
                  null,
                  "NEW",
                  null,
                  BigDecimal.TEN,
                  "CASH",
                  30,
                  placedAt,
                  null),
              key);
          return null;
        });
    return key.value();
  }

  private long customer(String name, String phone) {
    GeneratedId key = new GeneratedId();
    db.withMapper(
        CustomerMapper.class,
        m -> {
          m.insert(new Customer(null, name, phone, false, false, "pl"), key);
          return null;
        });
    return key.value();
  }
}
