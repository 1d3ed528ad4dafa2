package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.ChildJvm;
import pl.ordernotify.testsupport.FakeGateway;
import pl.ordernotify.testsupport.PosProcess;
import pl.ordernotify.testsupport.TestDatabase;

/** Real second processes on one H2 file (AUTO_SERVER): the POS, and a sender killed mid-send. */
class SecondJvmTest {

  @TempDir Path dir;

  private DataLocation.ConnectionSettings settings() throws java.io.IOException {
    return DataLocation.resolve(dir, null, Map.of()).connectionSettings();
  }

  @Test
  void aChangeCommittedByThePosProcessIsSentOnceAndAnOptedOutCustomerGetsNone() throws Exception {
    FakeGateway gateway = FakeGateway.smsapi();
    try (Database db = TestDatabase.open(dir);
        SenderFixture f = new SenderFixture(db, gateway, "till-1");
        PosProcess pos = PosProcess.open(settings())) {
      f.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
      f.sender.runPassesOnce();
      f.enable(Stage.ACCEPTED, 0, 30);
      long anna = f.order(f.customer("Anna Nowak", "600100200"));
      long jan = f.order(f.customer("Jan Kowalski", "600100201"));
      pos.exec("UPDATE customer SET sms_opt_out = TRUE WHERE name = 'Jan Kowalski'");
      // when the POS, in its own process, accepts both orders with plain SQL
      pos.exec(
          "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = CURRENT_TIMESTAMP"
              + " WHERE id IN ("
              + anna
              + ", "
              + jan
              + ")");
      f.sender.runPassesOnce();
      f.sender.runPassesOnce();
      // then Anna gets one SMS and Jan none, with the reason on his message
      assertThat(gateway.requests()).extracting(r -> r.to()).containsExactly("+48600100200");
      assertThat(f.only(anna).status()).isEqualTo(MessageStatus.SENT);
      assertThat(f.only(jan).reason()).isEqualTo("OPTED_OUT");
      pos.quit();
    }
  }

  @Test
  void aSenderKilledMidSendIsResolvedOnRestartWithoutASecondSms() throws Exception {
    FakeGateway gateway = FakeGateway.serwersms();
    long order;
    String key;
    try (Database db = TestDatabase.open(dir);
        SenderFixture f = new SenderFixture(db, gateway, "till-2")) {
      f.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
      f.sender.runPassesOnce();
      f.enable(Stage.ACCEPTED, 0, 30);
      order = f.order(f.customer("Anna Nowak", "600100200"));
      f.status(order, OrderStatus.ACCEPTED);
      f.sender.close();
      // when a sender in another JVM claims the message, the gateway accepts it, and the JVM dies
      var s = settings();
      try (ChildJvm child =
          ChildJvm.start(
              "-cp",
              System.getProperty("java.class.path"),
              CrashingSenderMain.class.getName(),
              s.url(),
              s.user(),
              s.password())) {
        key = child.awaitLine("ACCEPTED ", "NOTHING-SENT").substring("ACCEPTED ".length());
      }
      Message stuck = f.only(order);
      assertThat(stuck.status()).isEqualTo(MessageStatus.SENDING);
      assertThat(stuck.idempotencyKey()).isEqualTo(key);
      // and a sender starts again; the gateway knows the key (SerwerSMS look-up by unique_id)
      gateway.setLookup(new LookupResult.Found("SW-77", DeliveryStatus.PENDING));
      // (it finds the dead sender's lease still live by the database's clock, and takes it over
      // once
      // it has seen no heartbeat for a whole lease duration on its own clock; the claim is an
      // orphan
      // once the dead sender's 30 s have passed by the database's clock, which it keeps from then
      // on)
      SenderFixture restarted = new SenderFixture(db, gateway, "till-3");
      restarted.clock.set(Instant.now());
      restarted.sender.runPassesOnce();
      restarted.clock.advance(SenderSettings.defaults().leaseDuration());
      restarted.sender.runPassesOnce();
      restarted.clock.advance(Duration.ofSeconds(31));
      restarted.sender.runPassesOnce();
      // then the message is recorded as sent and nothing is sent again
      Message m = f.only(order);
      assertThat(m.status()).isEqualTo(MessageStatus.SENT);
      assertThat(m.reason()).isEqualTo("RECOVERED");
      assertThat(m.gatewayMessageId()).isEqualTo("SW-77");
      assertThat(gateway.requests()).isEmpty();
    }
  }
}
