package pl.ordernotify.sender.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import pl.ordernotify.sender.soak.FakeSmsApiServer;
import pl.ordernotify.sender.soak.SoakMain;
import pl.ordernotify.store.Database;

/**
 * Benchmarks with the sender in its own process, as the headless service runs: (a) latency from a
 * status change committed by this JVM (acting as the POS) to the gateway request, and (c) CPU and
 * RSS of an idle sender.
 */
final class ProcessBench {

  private ProcessBench() {}

  static String latency(int orders) throws Exception {
    var cs = BenchSupport.freshDatabase("latency");
    Path log = Files.createTempFile("bench-sender", ".log");
    try (Database db = Database.open(cs);
        FakeSmsApiServer gateway = new FakeSmsApiServer(0)) {
      BenchSupport.enableAccepted(db);
      BenchSupport.insertOrders(db, "L", orders, "NEW", BenchSupport.now());
      SoakMain.SenderProcess sender = SoakMain.SenderProcess.start(cs, gateway.baseUrl(), log, 4);
      sender.awaitCount(
          db, "SELECT COUNT(*) FROM app_setting WHERE name = 'sender.baselineAt'", 1, 60);
      long[] committed = acceptPaced(db, orders);
      sender.awaitCount(db, "SELECT COUNT(*) FROM message WHERE status = 'SENT'", orders, 120);
      sender.stop();
      long[] millis = new long[orders];
      for (int i = 0; i < orders; i++) {
        String number = String.format("485%08d", i);
        millis[i] = (gateway.firstRequestNanos.get(number) - committed[i]) / 1_000_000;
      }
      long[] s = BenchSupport.sorted(millis);
      return String.format(
          "(a) %d orders, 1 s poll: commit -> gateway request p50 %d ms, p99 %d ms, max %d ms",
          orders, BenchSupport.percentile(s, 50), BenchSupport.percentile(s, 99), s[s.length - 1]);
    }
  }

  static String idle(int seconds) throws Exception {
    var cs = BenchSupport.freshDatabase("idle");
    Path log = Files.createTempFile("bench-idle", ".log");
    try (Database db = Database.open(cs);
        FakeSmsApiServer gateway = new FakeSmsApiServer(0)) {
      BenchSupport.enableAccepted(db);
      BenchSupport.insertOrders(db, "I", 200, "DELIVERED", BenchSupport.now());
      SoakMain.SenderProcess sender = SoakMain.SenderProcess.start(cs, gateway.baseUrl(), log, 4);
      sender.awaitCount(
          db, "SELECT COUNT(*) FROM app_setting WHERE name = 'sender.baselineAt'", 1, 60);
      // let start-up and JIT settle, then measure; a sender that exits meanwhile spoils the figure
      if (sender.exitsWithin(Duration.ofSeconds(10))) {
        throw new IllegalStateException("the idle sender exited during start-up");
      }
      long ticks0 = cpuTicks(sender.pid());
      if (sender.exitsWithin(Duration.ofSeconds(seconds))) {
        throw new IllegalStateException("the idle sender exited during the measurement");
      }
      long ticks1 = cpuTicks(sender.pid());
      String rss = rss(sender.pid());
      sender.stop();
      double cpuSeconds = (ticks1 - ticks0) / 100.0; // USER_HZ = 100 on Linux
      return String.format(
          "(c) idle sender over %d s: CPU %.2f s (%.2f %% of one core), RSS %s",
          seconds, cpuSeconds, 100 * cpuSeconds / seconds, rss);
    }
  }

  /**
   * The POS accepts the orders L0…L(n-1) one by one, 0–200 ms apart (about 10 a second, so the
   * changes land on every phase of the poll), each committed on a timer; returns the commit times.
   */
  static long[] acceptPaced(Database db, int orders) throws Exception {
    long[] committed = new long[orders];
    Random random = new Random(42);
    ScheduledExecutorService pos = Executors.newSingleThreadScheduledExecutor();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = CURRENT_TIMESTAMP WHERE order_no = ?")) {
      long at = 0;
      List<ScheduledFuture<?>> changes = new ArrayList<>();
      for (int i = 0; i < orders; i++) {
        int order = i;
        changes.add(
            pos.schedule(
                () -> {
                  ps.setString(1, "L" + order);
                  ps.executeUpdate(); // auto-commit: committed when this returns
                  committed[order] = System.nanoTime();
                  return null;
                },
                at,
                TimeUnit.MILLISECONDS));
        at += random.nextInt(200);
      }
      for (ScheduledFuture<?> change : changes) {
        change.get();
      }
    } finally {
      pos.shutdownNow();
    }
    return committed;
  }

  private static long cpuTicks(long pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
  }

  private static String rss(long pid) throws Exception {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
        .filter(l -> l.startsWith("VmRSS:"))
        .map(l -> l.substring(6).trim())
        .findFirst()
        .orElse("?");
  }
}
