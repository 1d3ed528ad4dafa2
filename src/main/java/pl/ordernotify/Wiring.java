package pl.ordernotify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.campaigns.CampaignPass;
import pl.ordernotify.campaigns.CampaignService;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.customers.Suppressions;
import pl.ordernotify.demo.DemoRestaurant;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.gateway.GatewayAccountService.Transport;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.gateway.TokenVault;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.sender.SenderParts;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderSettings;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.PrivateFiles;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.TemplateService;

/** Builds every object by constructor, once, on first use. No container: we are small. */
public final class Wiring implements AutoCloseable {

  private final DataLocation location;
  private final Clock clock;
  private Database database;
  private Renderer renderer;
  private GatewayAccountService gatewayAccount;
  private Consumer<Duration> databaseWait = waited -> {};

  public Wiring(DataLocation location, Clock clock) {
    this.location = location;
    this.clock = clock;
  }

  public static Wiring fromOptions(
      java.nio.file.Path dataDir, String dbUrl, Map<String, String> env) {
    return new Wiring(DataLocation.resolve(dataDir, dbUrl, env), Clock.systemUTC());
  }

  /** As above, with the database password read from {@code passwordFile} when it is not null. */
  public static Wiring fromOptions(
      java.nio.file.Path dataDir,
      String dbUrl,
      java.nio.file.Path passwordFile,
      Map<String, String> env) {
    DataLocation location = DataLocation.resolve(dataDir, dbUrl, env);
    return new Wiring(
        passwordFile == null ? location : location.withPasswordFile(passwordFile),
        Clock.systemUTC());
  }

  public DataLocation location() {
    return location;
  }

  public Clock clock() {
    return clock;
  }

  /** Hears, while the database is still locked by a host that died, how long opening has waited. */
  public synchronized void onDatabaseWait(Consumer<Duration> listener) {
    this.databaseWait = listener;
  }

  public synchronized Database database() {
    if (database == null) {
      try {
        database = Database.open(location.connectionSettings(), databaseWait);
        if (!location.usesExplicitUrl()) {
          PrivateFiles.tighten(location.dataDir());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "The data folder "
                + location.dataDir()
                + " cannot be written. Choose another with --data-dir.",
            e);
      }
    }
    return database;
  }

  public SettingsService settings() {
    return new SettingsService(database());
  }

  public StageService stages() {
    return new StageService(database());
  }

  public MessageService messages() {
    return new MessageService(database());
  }

  public OrderService orders() {
    return new OrderService(database(), clock);
  }

  public CustomerService customers() {
    return new CustomerService(database());
  }

  /** Marketing consent and opt-out with their audit (DESIGN §10). */
  public ConsentService consent() {
    return new ConsentService(database(), clock);
  }

  /** Numbers suppressed for campaigns after three undelivered reports in a row. */
  public Suppressions suppressions() {
    return new Suppressions(database(), clock);
  }

  public DemoRestaurant demo() {
    return new DemoRestaurant(database(), settings(), templates(), clock);
  }

  /** One renderer for the whole application: it holds the one FreeMarker configuration. */
  public synchronized Renderer renderer() {
    if (renderer == null) {
      renderer = new Renderer();
    }
    return renderer;
  }

  /**
   * The account and its gateway; one instance, so the gateway is rebuilt only when the account
   * changes.
   */
  public synchronized GatewayAccountService gatewayAccount() {
    if (gatewayAccount == null) {
      Transport transport = new Transport(GatewayHttp.newClient(), new ObjectMapper());
      gatewayAccount =
          new GatewayAccountService(
              database(), new TokenVault(location.dataDir()), transport, clock);
    }
    return gatewayAccount;
  }

  public TemplateService templates() {
    return new TemplateService(database(), renderer(), clock);
  }

  /** The configured gateway, asked for again on each sender pass so account changes apply. */
  public Supplier<SmsGateway> gateways() {
    GatewayAccountService account = gatewayAccount();
    return account::gateway;
  }

  /** Alerts to the manager's phone (issue 16), through the configured gateway. */
  public ManagerAlerts alerts() {
    return new ManagerAlerts(database(), gateways(), clock);
  }

  /** A sender on this database, campaigns included; call {@code start()} to run it. */
  public SenderService sender() {
    SenderService sender =
        new SenderService(
            SenderSettings.defaults(), database(), SenderParts.of(gateways(), renderer()), clock);
    sender.addPass(new CampaignPass(database(), renderer(), clock, sender::databaseTime)::run);
    return sender;
  }

  public CampaignService campaigns() {
    return new CampaignService(database(), renderer(), gateways(), clock);
  }

  @Override
  public synchronized void close() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
