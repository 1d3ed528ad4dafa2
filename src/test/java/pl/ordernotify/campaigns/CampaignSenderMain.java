package pl.ordernotify.campaigns;

import java.time.Clock;
import okhttp3.HttpUrl;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.smsapi.SmsApiGateway;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;

/**
 * A campaign sender in its own JVM, sending through SMSAPI at the given address until nothing is
 * left, for the crash test to kill. Arguments: JDBC URL, user, password, gateway base URL.
 */
public final class CampaignSenderMain {

  private CampaignSenderMain() {}

  public static void main(String[] args) {
    Database db = Database.open(new DataLocation.ConnectionSettings(args[0], args[1], args[2]));
    SmsApiGateway gateway =
        new SmsApiGateway(
            new GatewayConfig("smsapi", HttpUrl.get(args[3]), "token", null, false),
            GatewayHttp.newClient(),
            new com.fasterxml.jackson.databind.ObjectMapper(),
            Clock.systemUTC());
    CampaignPass pass = new CampaignPass(db, new Renderer(), Clock.systemUTC());
    System.out.println("READY");
    while (pass.run(gateway) > 0) {
      System.out.println("ROUND");
    }
    System.out.println("DONE");
    Runtime.getRuntime().halt(0);
  }
}
