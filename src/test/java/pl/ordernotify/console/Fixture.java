package pl.ordernotify.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.demo.DemoRestaurant;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.TokenVault;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.TestDatabase;

/** An in-memory database with the real services, for view model tests. */
public final class Fixture implements AutoCloseable {

  public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  public final MutableClock clock = MutableClock.at("2026-11-20T15:00:00Z");
  public final Database db = TestDatabase.inMemory();
  public final RecordingDialogs dialogs = new RecordingDialogs();
  public final FakeSender sender = new FakeSender();
  private final Renderer renderer = new Renderer();

  public Ui ui() {
    return TestUi.english(dialogs, clock);
  }

  public Fixture withDemo() {
    new DemoRestaurant(db, settings(), templates(), clock).load(WARSAW);
    return this;
  }

  public SettingsService settings() {
    return new SettingsService(db);
  }

  public OrderService orders() {
    return new OrderService(db, clock);
  }

  public CustomerService customers() {
    return new CustomerService(db);
  }

  public MessageService messages() {
    return new MessageService(db);
  }

  public StageService stages() {
    return new StageService(db);
  }

  /** The gateway account, its key file in {@code dir}. */
  public GatewayAccountService gatewayAccount(java.nio.file.Path dir) {
    return new GatewayAccountService(
        db,
        new TokenVault(dir),
        new GatewayAccountService.Transport(GatewayHttp.newClient(), new ObjectMapper()),
        clock);
  }

  public TemplateService templates() {
    return new TemplateService(db, renderer, clock);
  }

  @Override
  public void close() {
    db.close();
  }
}
