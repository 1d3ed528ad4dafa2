package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * A sender in its own JVM that dies mid-send: the gateway accepts the SMS, prints {@code ACCEPTED
 * <key>} and the process halts before the outcome reaches the database. Arguments: JDBC URL, user,
 * password.
 */
public final class CrashingSenderMain {

  private CrashingSenderMain() {}

  public static void main(String[] args) {
    Database db = Database.open(new DataLocation.ConnectionSettings(args[0], args[1], args[2]));
    FakeGateway gateway = FakeGateway.serwersms();
    gateway.next(sms -> die(sms));
    SenderSettings settings =
        SenderSettings.defaults()
            .withHolder("crashing-sender")
            .withParallelSends(1)
            .withOrphanAfter(Duration.ofSeconds(30));
    SenderService sender =
        new SenderService(
            settings,
            db,
            SenderParts.of(() -> gateway, new pl.ordernotify.templates.Renderer()),
            Clock.systemUTC());
    System.out.println("READY");
    sender.runPassesOnce();
    System.out.println("NOTHING-SENT");
    Runtime.getRuntime().halt(3);
  }

  private static SendResult die(OutgoingSms sms) {
    System.out.println("ACCEPTED " + sms.idempotencyKey());
    System.out.flush();
    Runtime.getRuntime().halt(9);
    return null;
  }
}
