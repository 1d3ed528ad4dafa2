package pl.ordernotify.sender.soak;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.ChildJvm;
import pl.ordernotify.testsupport.TestEngine;

/**
 * Soak (issue 5, point 10): N messages through a fake SMSAPI or SerwerSMS while the sender process
 * is killed with SIGKILL at random K times and restarted. Passes when the fake gateway saw every
 * message exactly once. With {@code standby}, two senders run at once (a hot standby) and each kill
 * hits whichever holds the lease. On H2, or on PostgreSQL under .ci/postgres.sh (issue 14). Run
 * with {@code bench/soak.sh [messages] [kills] [smsapi|serwersms] [standby|host]}; {@code host}
 * makes the killed sender the database's host ({@link HostKillSoak}).
 */
public final class SoakMain {

  private SoakMain() {}

  /**
   * Sent rows: SENT, or DELIVERED once a delivery report came (the fake SerwerSMS reports
   * delivery).
   */
  static final String SENT = "SELECT COUNT(*) FROM message WHERE status IN ('SENT', 'DELIVERED')";

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int kills = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String provider = args.length > 2 ? args[2] : "smsapi";
    boolean standby = args.length > 3 && "standby".equals(args[3]);
    if (args.length > 3 && args[3].equals("host")) {
      System.exit(HostKillSoak.run(messages, kills, provider) ? 0 : 1);
    }
    Path dir = Files.createTempDirectory("ordernotify-soak");
    DataLocation.ConnectionSettings cs =
        TestEngine.postgres()
            ? TestEngine.freshPostgresDatabase()
            : DataLocation.resolve(dir, null, Map.of()).connectionSettings();
    long seed = Long.getLong("soak.seed", System.nanoTime());
    Random random = new Random(seed);
    System.out.printf(
        "soak: %s, provider %s, %d messages, %d kills%s, seed %d, log %s%n",
        TestEngine.postgres() ? "PostgreSQL" : "H2",
        provider,
        messages,
        kills,
        standby ? " of whichever of two senders is active" : "",
        seed,
        dir.resolve("sender.log"));
    try (Database db = Database.open(cs);
        SoakGatewayServer gateway = fakeGateway(provider)) {
      enableAccepted(db);
      Senders senders = new Senders(cs, gateway.baseUrl(), dir.resolve("sender.log"), provider);
      senders.startOne();
      senders
          .active(db)
          .awaitCount(
              db, "SELECT COUNT(*) FROM app_setting WHERE name = 'sender.baselineAt'", 1, 60);
      if (standby) {
        senders.startOne();
      }
      long start = System.nanoTime();
      insertAcceptedOrders(db, messages);
      for (int i = 1; i <= kills; i++) {
        // kill mid-sending: once the active process has sent something, at a random moment after
        long before = count(db, SENT);
        SenderProcess active = senders.active(db);
        active.awaitCount(db, SENT, Math.min(messages, before + 1), 120);
        if (active.exitsWithin(Duration.ofMillis(random.nextInt(600)))) {
          throw new IllegalStateException("the sender exited by itself before kill " + i);
        }
        senders.kill(active);
        System.out.printf("kill %2d: %5d sent so far%n", i, count(db, SENT));
        senders.startOne();
      }
      senders.active(db).awaitCount(db, SENT, messages, 600);
      double seconds = (System.nanoTime() - start) / 1e9;
      senders.stopAll();
      System.exit(report(db, gateway, messages, kills, seconds) ? 0 : 1);
    }
  }

  /**
   * The running sender JVMs by lease holder name; with two, the one holding the lease is the active
   * one.
   */
  private static final class Senders {
    private final Map<String, SenderProcess> running = new java.util.LinkedHashMap<>();
    private final DataLocation.ConnectionSettings cs;
    private final String baseUrl;
    private final Path log;
    private final String provider;
    private int started;

    Senders(DataLocation.ConnectionSettings cs, String baseUrl, Path log, String provider) {
      this.cs = cs;
      this.baseUrl = baseUrl;
      this.log = log;
      this.provider = provider;
    }

    void startOne() throws Exception {
      String holder = "soak-" + (++started);
      running.put(holder, SenderProcess.start(cs, baseUrl, log, 4, provider, holder, "soak-lease"));
    }

    /** The process holding the lease; waits (up to two minutes) while the lease changes hands. */
    SenderProcess active(Database db) throws Exception {
      long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (System.nanoTime() < end) {
        String holder = holder(db);
        if (holder != null && running.containsKey(holder)) {
          return running.get(holder);
        }
        if (running.size() == 1
            && running.values().iterator().next().exitsWithin(Duration.ofMillis(100))) {
          throw new IllegalStateException("the only sender exited unexpectedly");
        } else if (running.size() > 1) {
          running.values().iterator().next().exitsWithin(Duration.ofMillis(100));
        }
      }
      throw new IllegalStateException("no running sender took the lease within two minutes");
    }

    void kill(SenderProcess p) throws InterruptedException {
      p.kill();
      running.values().remove(p);
    }

    void stopAll() throws InterruptedException {
      for (SenderProcess p : running.values()) {
        p.stop();
      }
    }

    private static String holder(Database db) throws SQLException {
      try (Connection c = db.dataSource().getConnection();
          PreparedStatement ps =
              c.prepareStatement("SELECT holder FROM sender_lease WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  static SoakGatewayServer fakeGateway(String provider) throws IOException {
    return switch (provider) {
      case "smsapi" -> new FakeSmsApiServer(10);
      case "serwersms" -> new FakeSerwerSmsServer(10);
      default ->
          throw new IllegalArgumentException(
              "provider must be smsapi or serwersms, not " + provider);
    };
  }

  private static boolean report(
      Database db, SoakGatewayServer gateway, int messages, int kills, double seconds)
      throws SQLException {
    int delivered = gateway.sentPerNumber().size();
    int duplicates = gateway.sentPerNumber().values().stream().mapToInt(c -> c.get() - 1).sum();
    long notSent =
        count(db, "SELECT COUNT(*) FROM message WHERE status NOT IN ('SENT', 'DELIVERED')");
    long planned = count(db, "SELECT COUNT(*) FROM message");
    int lost = messages - delivered;
    System.out.printf(
        "SOAK provider=%s messages=%d kills=%d planned=%d sent-at-gateway=%d duplicates=%d lost=%d"
            + " not-SENT-rows=%d %s requests=%d seconds=%.1f%n",
        gateway.provider(),
        messages,
        kills,
        planned,
        delivered,
        duplicates,
        lost,
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
            && notSent == 0
            && planned == messages
            && gateway.problems().isEmpty();
    System.out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
    return ok;
  }

  static void enableAccepted(Database db) throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      exec(
          c,
          "INSERT INTO app_setting (name, setting_value) VALUES ('restaurant.name', 'Soak Pizza')");
      exec(
          c,
          "INSERT INTO sms_template (name, kind, language, body, created_at, updated_at) VALUES"
              + " ('soak-pl', 'ORDER', 'pl', 'Zamowienie <<nrZamowienia>> przyjete. <<nazwaLokalu>>',"
              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
    new StageService(db)
        .apply(
            StageChange.of(Stage.ACCEPTED)
                .withTemplate("soak-pl")
                .withValidity(600)
                .withEnabled(true));
  }

  /** The POS accepts N orders, each for its own customer and mobile number. */
  static void insertAcceptedOrders(Database db, int n) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO delivery_order (order_no, phone, status,"
                  + " status_changed_at, total_gross, payment_method, prep_minutes, placed_at) VALUES"
                  + " (?, ?, 'ACCEPTED', ?, 45.90, 'CARD', 40, ?)")) {
        for (int i = 0; i < n; i++) {
          ps.setString(1, "S" + System.nanoTime() % 1_000_000 + "-" + i);
          ps.setString(2, String.format("+48 5%08d", i));
          ps.setObject(3, now);
          ps.setObject(4, now);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    }
  }

  public static long countSent(Database db) throws SQLException {
    return count(db, "SELECT COUNT(*) FROM message WHERE status = 'SENT'");
  }

  public static long count(Database db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }

  /** A sender JVM; {@link #kill()} is SIGKILL on Linux ({@code Process.destroyForcibly}). */
  public static final class SenderProcess {
    private static final AtomicInteger STARTS = new AtomicInteger();
    private final Process process;

    public long pid() {
      return process.pid();
    }

    private SenderProcess(Process process) {
      this.process = process;
    }

    public static SenderProcess start(
        DataLocation.ConnectionSettings cs, String baseUrl, Path log, int parallel)
        throws Exception {
      return start(cs, baseUrl, log, parallel, "smsapi");
    }

    /**
     * {@code provider}: smsapi or serwersms, the real gateway class the sender uses against the
     * fake.
     */
    public static SenderProcess start(
        DataLocation.ConnectionSettings cs, String baseUrl, Path log, int parallel, String provider)
        throws Exception {
      return start(
          cs, baseUrl, log, parallel, provider, "soak-" + (STARTS.get() + 1), "soak-lease");
    }

    /**
     * As above, naming the sender's lease holder; {@code lease} is {@code default-lease} or {@code
     * soak-lease}.
     */
    public static SenderProcess start(
        DataLocation.ConnectionSettings cs,
        String baseUrl,
        Path log,
        int parallel,
        String provider,
        String holder,
        String lease)
        throws Exception {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // the installed launchers' options (installer/jvm-options.txt), as ChildJvm starts children
      command.addAll(ChildJvm.JVM_OPTIONS);
      command.addAll(
          List.of(
              "-Dh2.bindAddress=127.0.0.1",
              "-Xmx256m",
              "-cp",
              System.getProperty("java.class.path"),
              SoakSenderMain.class.getName(),
              cs.url(),
              cs.user(),
              cs.password(),
              baseUrl,
              Integer.toString(parallel),
              provider,
              holder,
              lease));
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(log.toString())));
      STARTS.incrementAndGet();
      return new SenderProcess(pb.start());
    }

    /**
     * Waits until {@code sql} counts at least {@code expected}, re-reading it whenever 200 ms pass
     * without this sender exiting; a sender that exits meanwhile fails the run at once.
     */
    public void awaitCount(Database db, String sql, long expected, int maxSeconds)
        throws Exception {
      long end = System.nanoTime() + maxSeconds * 1_000_000_000L;
      while (SoakMain.count(db, sql) < expected) {
        if (System.nanoTime() > end) {
          throw new IllegalStateException("timed out waiting for " + expected + ": " + sql);
        }
        if (exitsWithin(Duration.ofMillis(200))) {
          throw new IllegalStateException(
              "the sender exited unexpectedly (status "
                  + process.exitValue()
                  + ") while waiting for "
                  + expected
                  + ": "
                  + sql);
        }
      }
    }

    /**
     * True when the sender process ends within {@code d}; a running sender makes this wait {@code
     * d}.
     */
    public boolean exitsWithin(Duration d) throws InterruptedException {
      return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }

    public void stop() throws InterruptedException {
      process.destroy();
      process.waitFor();
    }
  }
}
