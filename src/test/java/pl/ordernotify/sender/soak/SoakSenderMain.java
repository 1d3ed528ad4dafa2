package pl.ordernotify.sender.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.Gateways;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.sender.SenderParts;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderSettings;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;

/**
 * The sender process of the soak and the benchmarks: the real SMSAPI or SerwerSMS gateway pointed
 * at a fake server. Arguments: JDBC URL, user, password, gateway base URL[, parallel sends[,
 * provider smsapi|serwersms[, lease holder name[, {@code default-lease} for the shipped lease
 * timings instead of the soak's short ones]]]]. Runs until killed.
 */
public final class SoakSenderMain {

  private SoakSenderMain() {}

  public static void main(String[] args) throws InterruptedException {
    Database db = Database.open(new DataLocation.ConnectionSettings(args[0], args[1], args[2]));
    String provider = args.length > 5 ? args[5] : "smsapi";
    // SerwerSMS needs a sender name (without one it would send ECO+; the gateway refuses that).
    String senderName = Gateways.SERWERSMS.equals(provider) ? "SoakPizza" : null;
    GatewayConfig config =
        new GatewayConfig(provider, HttpUrl.get(args[3]), "soak-token", senderName, false);
    SmsGateway gateway = Gateways.create(config, GatewayHttp.newClient(), new ObjectMapper());
    int parallel = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    SenderSettings settings = SenderSettings.defaults().withParallelSends(parallel);
    if (args.length > 6) {
      settings = settings.withHolder(args[6]);
    }
    if (args.length <= 7 || !"default-lease".equals(args[7])) {
      settings =
          settings
              .withLease(Duration.ofMillis(500), Duration.ofSeconds(2))
              .withOrphanAfter(Duration.ofSeconds(2));
    }
    SenderService sender =
        new SenderService(
            settings, db, SenderParts.of(() -> gateway, new Renderer()), Clock.systemUTC());
    sender.start();
    System.out.println("STARTED");
    Thread.currentThread().join();
  }
}
