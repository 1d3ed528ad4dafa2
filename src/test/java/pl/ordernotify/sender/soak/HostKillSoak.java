package pl.ordernotify.sender.soak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;

/**
 * The soak with the killed sender as the database's host (issue 9): the sender JVM opens the file
 * first, so it serves it to everyone through AUTO_SERVER; this JVM plays the POS through it. Each
 * round the POS commits orders while the sender sends, commits one more order, and the sender is
 * SIGKILLed at once. Passes with 0 duplicate SMS, 0 lost SMS and 0 lost POS rows.
 */
public final class HostKillSoak {

  private final Path dir;
  private final String provider;
  private final Random random;
  private final Set<String> committedOrders = new HashSet<>();
  private int starts;

  private HostKillSoak(Path dir, String provider, long seed) {
    this.dir = dir;
    this.provider = provider;
    this.random = new Random(seed);
  }

  /** Runs the soak in a new temporary folder; true when it passed. */
  public static boolean run(int messages, int kills, String provider) throws Exception {
    Path dir = Files.createTempDirectory("ordernotify-hostkill-soak");
    long seed = Long.getLong("soak.seed", System.nanoTime());
    System.out.printf(
        "host-kill soak: provider %s, %d messages, %d kills, seed %d, log %s%n",
        provider, messages, kills, seed, dir.resolve("sender.log"));
    return new HostKillSoak(dir, provider, seed).run(messages, kills);
  }

  private boolean run(int messages, int kills) throws Exception {
    DataLocation.ConnectionSettings cs =
        DataLocation.resolve(dir, null, Map.of()).connectionSettings();
    try (SoakGatewayServer gateway = SoakMain.fakeGateway(provider)) {
      SoakMain.SenderProcess sender = startHost(cs, gateway);
      Database db = Database.open(cs);
      SoakMain.enableAccepted(db);
      sender.awaitCount(
          db, "SELECT COUNT(*) FROM app_setting WHERE name = 'sender.baselineAt'", 1, 120);
      long start = System.nanoTime();
      int perRound = Math.max(1, messages / (kills + 1) - 1);
      for (int i = 1; i <= kills; i++) {
        long before = SoakMain.count(db, SoakMain.SENT);
        insertOrders(db, perRound);
        sender.awaitCount(db, SoakMain.SENT, before + 1, 180);
        if (sender.exitsWithin(Duration.ofMillis(random.nextInt(300)))) {
          throw new IllegalStateException("the sender exited by itself before kill " + i);
        }
        insertOrders(db, 1);
        sender.kill(); // right after the POS's commit: the host dies with it
        db.close();
        System.out.printf(
            "kill %2d: host SIGKILLed right after a POS commit, %d orders committed%n",
            i, committedOrders.size());
        sender = startHost(cs, gateway);
        db = Database.open(cs);
      }
      insertOrders(db, messages - committedOrders.size());
      sender.awaitCount(db, SoakMain.SENT, messages, 600);
      double seconds = (System.nanoTime() - start) / 1e9;
      boolean ok = report(db, gateway, messages, kills, seconds);
      db.close();
      sender.stop();
      return ok;
    }
  }

  /** Starts a sender and waits until it has opened the file, so it, not this JVM, is the host. */
  private SoakMain.SenderProcess startHost(
      DataLocation.ConnectionSettings cs, SoakGatewayServer gateway) throws Exception {
    Path log = dir.resolve("sender.log");
    SoakMain.SenderProcess sender =
        SoakMain.SenderProcess.start(cs, gateway.baseUrl(), log, 4, provider);
    starts++;
    long end = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (startedLines(log) < starts) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException(
            "sender start " + starts + " did not open the database; see " + log);
      }
      if (sender.exitsWithin(Duration.ofMillis(100))) {
        throw new IllegalStateException("sender start " + starts + " exited; see " + log);
      }
    }
    return sender;
  }

  private static long startedLines(Path log) throws java.io.IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      return lines.filter("STARTED"::equals).count();
    }
  }

  /** The POS accepts {@code n} orders in one auto-committed statement each, as a till does. */
  private void insertOrders(Database db, int n) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO delivery_order (order_no, phone, status, status_changed_at, total_gross, payment_method,"
                    + " prep_minutes, placed_at) VALUES (?, ?, 'ACCEPTED', ?, 45.90, 'CARD', 40, ?)")) {
      c.setAutoCommit(true);
      for (int i = 0; i < n; i++) {
        int k = committedOrders.size();
        String orderNo = "H" + k;
        ps.setString(1, orderNo);
        ps.setString(2, String.format("+48 5%08d", k));
        ps.setObject(3, now);
        ps.setObject(4, now);
        ps.executeUpdate();
        committedOrders.add(orderNo);
      }
    }
  }

  private boolean report(
      Database db, SoakGatewayServer gateway, int messages, int kills, double seconds)
      throws SQLException {
    int sent = gateway.sentPerNumber().size();
    int duplicates = gateway.sentPerNumber().values().stream().mapToInt(c -> c.get() - 1).sum();
    long notSent =
        SoakMain.count(
            db, "SELECT COUNT(*) FROM message WHERE status NOT IN ('SENT', 'DELIVERED')");
    long planned = SoakMain.count(db, "SELECT COUNT(*) FROM message");
    Set<String> present = new HashSet<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT order_no FROM delivery_order");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        present.add(rs.getString(1));
      }
    }
    long posRowsLost = committedOrders.stream().filter(o -> !present.contains(o)).count();
    int lost = messages - sent;
    System.out.printf(
        "HOST-KILL SOAK provider=%s messages=%d kills=%d planned=%d sent-at-gateway=%d duplicates=%d"
            + " lost=%d pos-rows-lost=%d not-SENT-rows=%d %s requests=%d seconds=%.1f%n",
        gateway.provider(),
        messages,
        kills,
        planned,
        sent,
        duplicates,
        lost,
        posRowsLost,
        notSent,
        gateway.counters(),
        gateway.requests(),
        seconds);
    gateway.problems().stream()
        .limit(20)
        .forEach(p -> System.out.println("fake gateway problem: " + p));
    boolean ok =
        duplicates == 0
            && lost == 0
            && posRowsLost == 0
            && notSent == 0
            && planned == messages
            && committedOrders.size() == messages
            && gateway.problems().isEmpty();
    System.out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
    return ok;
  }
}
