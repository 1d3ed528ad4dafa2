package pl.ordernotify.sender.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.Gateways;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.sender.SenderParts;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderSettings;
import pl.ordernotify.sender.SenderStatus;
import pl.ordernotify.sender.soak.FakeSmsApiServer;
import pl.ordernotify.sender.soak.SoakMain;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;

/**
 * Issue 13 point 2, on the shipped product: the built jar runs {@code sender} in its own process
 * (as the README and the launchers start it), this JVM plays the POS and hosts the H2 file, so the
 * sender reaches it through AUTO_SERVER as on a till. Each order is accepted by an auto-committed
 * UPDATE, 0–200 ms apart (as in {@link ProcessBench}); latency = arrival of its SMS at the fake
 * SMSAPI − return of the commit.
 *
 * <p>Arguments: jar, orders, then the JVM options for the sender (none for a plain {@code java
 * -jar}).
 */
public final class ShippedLatencyBench {

  private ShippedLatencyBench() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    int orders = Integer.parseInt(args[1]);
    List<String> jvmOptions = List.of(args).subList(2, args.length);
    Path dir = Files.createTempDirectory("ordernotify-latency");
    DataLocation.ConnectionSettings cs =
        DataLocation.resolve(dir, null, Map.of()).connectionSettings();
    Path log = dir.resolve("sender.out");
    try (Database db = Database.open(cs);
        FakeSmsApiServer gateway = new FakeSmsApiServer(0)) {
      BenchSupport.enableAccepted(db);
      BenchSupport.insertOrders(db, "L", orders, "NEW", BenchSupport.now());
      insertBoardOrders(db, BOARD_ORDERS);
      Path token = dir.resolve("token.txt");
      Files.writeString(token, "bench-token-0123456789");
      run(
              jar,
              List.of(),
              log,
              "--data-dir",
              dir.toString(),
              "gateway",
              "set",
              "--provider",
              "smsapi",
              "--token-file",
              token.toString(),
              "--base-url",
              gateway.baseUrl())
          .waitFor();
      Process sender = run(jar, jvmOptions, log, "--data-dir", dir.toString(), "sender");
      try {
        await(
            db,
            sender,
            "SELECT COUNT(*) FROM app_setting WHERE name = 'sender.baselineAt'",
            1,
            120);
        long[] committed = ProcessBench.acceptPaced(db, orders);
        await(db, sender, "SELECT COUNT(*) FROM message WHERE status = 'SENT'", orders, 300);
        long[] millis = new long[orders];
        for (int i = 0; i < orders; i++) {
          millis[i] =
              (gateway.firstRequestNanos.get(String.format("485%08d", i)) - committed[i])
                  / 1_000_000;
        }
        long[] s = BenchSupport.sorted(millis);
        System.out.printf(
            "LATENCY shipped-jar orders=%d opts=\"%s\" p50=%d ms p90=%d ms p99=%d ms max=%d ms%n",
            orders,
            String.join(" ", jvmOptions),
            BenchSupport.percentile(s, 50),
            BenchSupport.percentile(s, 90),
            BenchSupport.percentile(s, 99),
            s[s.length - 1]);
      } finally {
        sender.destroy();
        sender.waitFor(60, TimeUnit.SECONDS);
      }
      inProcess(db, gateway);
    }
    System.exit(0);
  }

  private static final int BOARD_ORDERS = 200;

  /**
   * In-process, as the console's order board does it: the status changes through OrderService in
   * the sender's own JVM, which then wakes the sender for that order; the shipped sender has
   * stopped and released the lease by now.
   */
  private static void inProcess(Database db, FakeSmsApiServer fake) throws Exception {
    GatewayConfig config =
        new GatewayConfig("smsapi", HttpUrl.get(fake.baseUrl()), "bench-token", null, false);
    SmsGateway gateway = Gateways.create(config, GatewayHttp.newClient(), new ObjectMapper());
    try (SenderService sender =
        new SenderService(
            SenderSettings.defaults(),
            db,
            SenderParts.of(() -> gateway, new Renderer()),
            Clock.systemUTC())) {
      sender.start();
      long end = System.nanoTime() + 60_000_000_000L;
      while (sender.status().mode() != SenderStatus.Mode.RUNNING && System.nanoTime() < end) {
        java.util.concurrent.locks.LockSupport.parkNanos(200_000L); // polls the condition
      }
      OrderService orders = new OrderService(db, Clock.systemUTC());
      long[] millis = new long[BOARD_ORDERS];
      for (int i = 0; i < BOARD_ORDERS; i++) {
        long id = SoakMain.count(db, "SELECT id FROM delivery_order WHERE order_no = 'M" + i + "'");
        long started = System.nanoTime();
        orders.changeStatus(id, OrderStatus.ACCEPTED);
        sender.orderChanged(id);
        String number = String.format("486%08d", i);
        while (!fake.firstRequestNanos.containsKey(number)
            && System.nanoTime() - started < 10_000_000_000L) {
          java.util.concurrent.locks.LockSupport.parkNanos(200_000L); // polls the condition
        }
        millis[i] =
            (fake.firstRequestNanos.getOrDefault(number, System.nanoTime()) - started) / 1_000_000;
      }
      long[] s = BenchSupport.sorted(millis);
      System.out.printf(
          "LATENCY in-process (board: change + orderChanged) orders=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms%n",
          BOARD_ORDERS,
          BenchSupport.percentile(s, 50),
          BenchSupport.percentile(s, 90),
          BenchSupport.percentile(s, 99),
          s[s.length - 1]);
    }
  }

  private static void insertBoardOrders(Database db, int n) throws Exception {
    for (int i = 0; i < n; i++) {
      BenchSupport.exec(
          db,
          "INSERT INTO delivery_order (order_no, phone, status, status_changed_at, total_gross,"
              + " payment_method, prep_minutes, placed_at) VALUES ('M"
              + i
              + "', '+48 6"
              + String.format("%08d", i)
              + "', 'NEW', CURRENT_TIMESTAMP, 45.90, 'CARD', 40, CURRENT_TIMESTAMP)");
    }
  }

  private static Process run(Path jar, List<String> jvmOptions, Path log, String... args)
      throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(log.toString())))
        .start();
  }

  private static void await(Database db, Process sender, String sql, long expected, int maxSeconds)
      throws Exception {
    long end = System.nanoTime() + maxSeconds * 1_000_000_000L;
    while (SoakMain.count(db, sql) < expected) {
      if (System.nanoTime() > end || sender.waitFor(100, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "the sender exited or timed out waiting for " + expected + ": " + sql);
      }
    }
  }
}
