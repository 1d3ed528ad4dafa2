package pl.ordernotify.sender;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageRow;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderMapper;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.testsupport.FakeGateway;
import pl.ordernotify.testsupport.MutableClock;

/** A restaurant on a real H2 database with a hand-moved clock, a fake gateway and a sender. */
final class SenderFixture implements AutoCloseable {

  final Database db;
  final MutableClock clock = MutableClock.at("2025-03-10T11:00:00Z");
  final FakeGateway gateway;
  final SenderService sender;
  private int orderNo;

  SenderFixture(FakeGateway gateway) {
    this(pl.ordernotify.testsupport.TestDatabase.inMemory(), gateway, "test-sender");
  }

  SenderFixture(Database db, FakeGateway gateway, String holder) {
    this.db = db;
    this.gateway = gateway;
    new SettingsService(db).put(Setting.RESTAURANT_NAME, "Pizzeria Roma");
    SenderSettings settings = SenderSettings.defaults().withHolder(holder).withParallelSends(1);
    this.sender =
        new SenderService(
            settings,
            db,
            SenderParts.of(() -> gateway, new pl.ordernotify.templates.Renderer()),
            clock);
  }

  static SenderFixture started(FakeGateway gateway) {
    SenderFixture f = new SenderFixture(gateway);
    f.sender.runPassesOnce();
    return f;
  }

  long template(String name, String language, String body) {
    GeneratedId id = new GeneratedId();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO sms_template (name, kind, language, body, created_at,"
                    + " updated_at) VALUES (?, 'ORDER', ?, ?, ?, ?)",
                new String[] {"id"})) {
      OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
      ps.setString(1, name);
      ps.setString(2, language);
      ps.setString(3, body);
      ps.setObject(4, now);
      ps.setObject(5, now);
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        id.setId(keys.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id.value();
  }

  /** Enables a status stage with a Polish template. */
  void enable(Stage stage, int delayMinutes, int validityMinutes) {
    String name = stage.name().toLowerCase() + "-pl";
    template(name, "pl", "Zamowienie <<nrZamowienia>>: etap " + stage + ". <<nazwaLokalu>>");
    new StageService(db)
        .apply(
            StageChange.of(stage)
                .withTemplate(name)
                .withDelay(delayMinutes)
                .withValidity(validityMinutes)
                .withEnabled(true));
  }

  long customer(String name, String phone) {
    return customer(name, phone, "pl");
  }

  long customer(String name, String phone, String language) {
    GeneratedId id = new GeneratedId();
    db.withMapper(
        CustomerMapper.class,
        m -> {
          m.insert(new Customer(null, name, phone, false, false, language), id);
          return null;
        });
    return id.value();
  }

  void optOut(long customerId) {
    db.withMapper(CustomerMapper.class, m -> m.setOptOut(customerId, true));
  }

  long order(Long customerId) {
    return order(customerId, null, clock.instant());
  }

  long order(Long customerId, String phone, Instant placedAt) {
    GeneratedId id = new GeneratedId();
    String no = "A" + (++orderNo);
    db.withMapper(
        OrderMapper.class,
        m -> {
          m.insert(
              new DeliveryOrder(
                  null,
                  no,
                  customerId,
                  phone,
                  "NEW",
                  placedAt,
                  new BigDecimal("45.90"),
                  "CARD",
                  40,
                  placedAt,
                  null),
              id);
          return null;
        });
    return id.value();
  }

  /** The POS moves the order on, stamping the change time with the clock. */
  void status(long orderId, OrderStatus status) {
    new OrderService(db, clock).changeStatus(orderId, status);
  }

  List<Message> messages(long orderId) {
    return db.withMapper(MessageMapper.class, m -> m.forOrder(orderId)).stream()
        .map(MessageRow::message)
        .toList();
  }

  Message only(long orderId) {
    List<Message> list = messages(orderId);
    if (list.size() != 1) {
      throw new AssertionError("expected one message for order " + orderId + " but found " + list);
    }
    return list.get(0);
  }

  void advance(Duration d) {
    clock.advance(d);
  }

  /** Notices changes and plans, without sending. */
  void plan() {
    new Planner(db, clock, new SettingsService(db)::restaurant).pass();
  }

  /** A customer "Anna Nowak" with this phone and an order of hers marked ACCEPTED. */
  long acceptedOrder(String phone) {
    long order = order(customer("Anna Nowak", phone));
    status(order, OrderStatus.ACCEPTED);
    return order;
  }

  int sql(String statement, Object... args) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    sender.close();
    db.close();
  }

  /**
   * The sender as its loop leaves it once started: the first start's baseline and lease, the whole
   * pass and the probe's first reading done. {@code passes} counts the whole passes after that.
   */
  void loopStarted(java.util.concurrent.atomic.AtomicInteger passes) {
    sender.runPassesOnce(); // first start: baseline, lease taken
    sender.addListener(s -> passes.incrementAndGet());
    sender.turn(false); // the whole pass
    advance(SenderSettings.defaults().pollInterval());
    sender.turn(false); // the probe's first reading
    passes.set(0);
  }
}
