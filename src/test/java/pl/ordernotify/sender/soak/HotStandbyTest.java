package pl.ordernotify.sender.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.sender.soak.SoakMain.SenderProcess;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.Conditions;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * DESIGN §8, issue 14 point 5: two sender JVMs on one database, as on two machines, with the
 * shipped lease timings (heartbeat 2 s, lease 10 s). SIGKILL the active one and the standby takes
 * over within 15 s and texts the next order; nobody gets an SMS twice.
 */
class HotStandbyTest {

  private static final Duration HANDOVER_LIMIT = Duration.ofSeconds(15);

  @TempDir Path dir;

  @Test
  void killingTheActiveSenderHandsOverToTheStandbyWithinTheLeaseTime() throws Exception {
    try (Database db = TestDatabase.open(dir);
        FakeSmsApiServer gateway = new FakeSmsApiServer(10)) {
      // given the active sender has texted an order and a standby runs beside it
      DataLocation.ConnectionSettings cs =
          DataLocation.resolve(dir, null, Map.of()).connectionSettings();
      SoakMain.enableAccepted(db);
      SenderProcess active = start(cs, gateway, "till-a");
      SenderProcess standby = null;
      try {
        Conditions.await(
            "the first sender holds the lease and has taken its baseline",
            Duration.ofSeconds(90),
            () ->
                "till-a".equals(holder(db))
                    && count(
                            db, "SELECT COUNT(*) FROM app_setting WHERE name = 'sender.baselineAt'")
                        == 1);
        standby = start(cs, gateway, "till-b");
        Path standbyLog = dir.resolve("till-b.log");
        Conditions.await(
            "the standby is up", Duration.ofSeconds(90), () -> logSays(standbyLog, "STARTED"));
        accept(db, "HS-1", "+48 500 100 001");
        Conditions.await(
            "the first order is texted", Duration.ofSeconds(30), () -> sent(gateway) == 1);

        // when the active sender is killed with SIGKILL
        long killedAt = System.nanoTime();
        active.kill();

        // then the standby holds the lease within the limit and texts the next order, once
        Conditions.await(
            "the standby takes over", Duration.ofSeconds(60), () -> "till-b".equals(holder(db)));
        Duration handover = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.println(
            "hot standby: handover after SIGKILL took " + handover.toMillis() + " ms");
        accept(db, "HS-2", "+48 500 100 002");
        Conditions.await(
            "the second order is texted", Duration.ofSeconds(30), () -> sent(gateway) == 2);
        assertThat(handover).isLessThanOrEqualTo(HANDOVER_LIMIT);
        assertThat(gateway.sentPerNumber())
            .hasSize(2)
            .allSatisfy((number, count) -> assertThat(count.get()).isOne());
      } finally {
        active.kill();
        if (standby != null) {
          standby.kill();
        }
      }
    }
  }

  private SenderProcess start(
      DataLocation.ConnectionSettings cs, FakeSmsApiServer gateway, String holder)
      throws Exception {
    return SenderProcess.start(
        cs, gateway.baseUrl(), dir.resolve(holder + ".log"), 1, "smsapi", holder, "default-lease");
  }

  private static int sent(FakeSmsApiServer gateway) {
    return gateway.sentPerNumber().values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private static boolean logSays(Path log, String line) {
    try {
      return Files.exists(log) && Files.readAllLines(log).contains(line);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static long count(Database db, String sql) {
    try {
      return SoakMain.count(db, sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String holder(Database db) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT holder FROM sender_lease WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The POS accepts an order, in plain SQL. */
  private static void accept(Database db, String orderNo, String phone) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO delivery_order (order_no, phone, status, status_changed_at, total_gross, payment_method,"
                    + " prep_minutes, placed_at) VALUES (?, ?, 'ACCEPTED', CURRENT_TIMESTAMP, 30.00, 'CARD', 30,"
                    + " CURRENT_TIMESTAMP)")) {
      ps.setString(1, orderNo);
      ps.setString(2, phone);
      ps.executeUpdate();
    }
  }
}
