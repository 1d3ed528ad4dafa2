package pl.ordernotify.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.TestDatabase;

class DemoRestaurantTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  private final Database db = TestDatabase.inMemory();
  private final MutableClock clock = MutableClock.at("2025-03-14T18:30:00Z");
  private final SettingsService settings = new SettingsService(db);
  private final DemoRestaurant demo =
      new DemoRestaurant(db, settings, new TemplateService(db, new Renderer(), clock), clock);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void demoIsABelievableRestaurantEvening() {
    // given an empty database
    // when the demo is loaded
    DemoRestaurant.Result result = demo.load(WARSAW);

    // then there are ~20 customers (a few opted out, some with consent) and ~30 of today's orders
    List<Customer> customers = new CustomerService(db).search("", 1000);
    List<DeliveryOrder> today = new OrderService(db, clock).today(WARSAW);
    assertThat(result).isEqualTo(new DemoRestaurant.Result(20, 30, 12));
    assertThat(customers).hasSize(20);
    assertThat(customers.stream().filter(Customer::smsOptOut).count()).isBetween(2L, 5L);
    assertThat(customers.stream().filter(Customer::marketingConsent).count()).isBetween(5L, 15L);
    assertThat(customers).anySatisfy(c -> assertThat(c.language()).isEqualTo("en"));
    assertThat(today).hasSize(30);
    assertThat(today).extracting(DeliveryOrder::orderStatus).contains(OrderStatus.values());
    assertThat(today).allSatisfy(o -> assertThat(o.placedAt()).isBeforeOrEqualTo(clock.instant()));
    assertThat(today).anySatisfy(o -> assertThat(o.customerId()).isNull());
    assertThat(settings.get(Setting.RESTAURANT_NAME)).isEqualTo("Pizzeria Bella");
  }

  @Test
  void loadingTwiceAddsNothingTheSecondTime() {
    // given the demo loaded once
    demo.load(WARSAW);

    // when it is loaded again a minute later
    clock.advance(Duration.ofMinutes(1));
    DemoRestaurant.Result again = demo.load(WARSAW);

    // then nothing is duplicated
    assertThat(again).isEqualTo(new DemoRestaurant.Result(0, 0, 0));
    assertThat(new CustomerService(db).search("", 1000)).hasSize(20);
    assertThat(new OrderService(db, clock).today(WARSAW)).hasSize(30);
  }

  @Test
  void justAfterMidnightEveryOrderIsStillToday() {
    // given it is 00:30 in Warsaw
    clock.set(Instant.parse("2025-03-13T23:30:00Z"));

    // when the demo is loaded
    demo.load(WARSAW);

    // then all thirty orders fall between midnight and now
    List<DeliveryOrder> today = new OrderService(db, clock).today(WARSAW);
    assertThat(today).hasSize(30);
    assertThat(today)
        .allSatisfy(
            o -> {
              assertThat(LocalDate.ofInstant(o.placedAt(), WARSAW))
                  .isEqualTo(LocalDate.of(2025, 3, 14));
              assertThat(o.placedAt()).isBeforeOrEqualTo(clock.instant());
            });
  }
}
