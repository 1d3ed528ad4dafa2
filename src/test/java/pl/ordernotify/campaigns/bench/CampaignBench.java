package pl.ordernotify.campaigns.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import pl.ordernotify.campaigns.AudienceFilter;
import pl.ordernotify.campaigns.CampaignDraft;
import pl.ordernotify.campaigns.CampaignPass;
import pl.ordernotify.campaigns.CampaignService;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.gateway.smsapi.SmsApiGateway;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.TemplateDraft;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateService;

/**
 * Issue 10 point 11, not part of 'mvn test': campaigns with unique codes through a fake SMSAPI that
 * answers every HTTP request after 50 ms. Run with {@code bench/run-campaign-bench.sh}.
 */
public final class CampaignBench {

  private CampaignBench() {}

  public static void main(String[] args) throws Exception {
    int big = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int huge = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int single = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    try (MockWebServer server = new MockWebServer()) {
      AtomicInteger requests = new AtomicInteger();
      server.setDispatcher(new SlowSmsApi(requests, server));
      server.setServerSocketFactory(new NoDelayServerSockets());
      server.start();
      if (warm > 0) { // a sender that has run before: the JIT has compiled the campaign code
        Result w = run(server, requests, warm, false);
        System.out.printf("warm-up: %,d recipients in %,d ms%n", w.n, w.ms);
      }
      Result one = run(server, requests, single, true);
      if (warm > 0 && System.getProperty("bench.rewarm") != null) {
        // the one-per-SMS run sets the JIT compiling other paths; a second warm-up lets it finish
        Result w = run(server, requests, warm, false);
        System.out.printf("warm-up again: %,d recipients in %,d ms%n", w.n, w.ms);
      }
      // -Dbench.repeat=N: N campaigns in this JVM, for the spread and the median: each on a fresh
      // database, or with -Dbench.weekly one a week on the same restaurant's database
      int repeat = Integer.getInteger("bench.repeat", 1);
      List<Result> all =
          System.getProperty("bench.weekly") != null
              ? weekly(server, requests, big, repeat)
              : new java.util.ArrayList<>();
      for (int i = all.size(); i < repeat; i++) {
        all.add(run(server, requests, big, false));
      }
      Result batched = all.get(0);
      if (repeat > 1) {
        all.forEach(
            r ->
                System.out.printf(
                    "  run: from start %,d ms: freezing %,d + sending %,d; main thread CPU %,d + %,d"
                        + " ms%n",
                    r.freezeMs + r.ms, r.freezeMs, r.ms, r.mainFreezeCpuMs, r.mainCpuMs));
        batched =
            all.stream()
                .sorted(java.util.Comparator.comparingLong(r -> r.freezeMs + r.ms))
                .toList()
                .get(repeat / 2);
        System.out.println("median of " + repeat + " runs:");
      }
      System.out.printf(
          "one request per SMS: %,d recipients in %,d ms = %.0f SMS/s, %d requests; CPU %,d ms%n",
          one.n, one.ms, one.rate(), one.requests, one.cpuMs);
      long fromStart = batched.freezeMs + batched.ms;
      System.out.printf(
          "from start to all decided: %,d recipients in %,d ms (freezing %,d + sending %,d)"
              + " = %.0fx the one-per-SMS rate%n",
          batched.n,
          fromStart,
          batched.freezeMs,
          batched.ms,
          batched.n * 1000.0 / Math.max(1, fromStart) / one.rate());
      System.out.printf(
          "batched: %,d recipients (unique codes) decided in %,d ms = %.0f SMS/s, %d requests;"
              + " %.0fx the one-per-SMS rate; freezing took %,d ms; CPU sending %,d ms, freezing %,d ms;"
              + " main thread CPU sending %,d ms, freezing %,d ms; database %s; load %s%n",
          batched.n,
          batched.ms,
          batched.rate(),
          batched.requests,
          batched.rate() / one.rate(),
          batched.freezeMs,
          batched.cpuMs,
          batched.freezeCpuMs,
          batched.mainCpuMs,
          batched.mainFreezeCpuMs,
          batched.databaseSize,
          load());
      if (huge > 0) {
        Result h = run(server, requests, huge, false);
        System.out.printf(
            "batched: %,d recipients decided in %,d ms = %.0f SMS/s, %d requests; freezing %,d ms;"
                + " CPU sending %,d ms, freezing %,d ms; sender RSS %s; database %s; load %s%n",
            h.n,
            h.ms,
            h.rate(),
            h.requests,
            h.freezeMs,
            h.cpuMs,
            h.freezeCpuMs,
            rss(),
            h.databaseSize,
            load());
      }
    }
    System.exit(0);
  }

  /** CPU time of the whole benchmark JVM (all threads), the load-independent part of a figure. */
  static long cpuMs() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1_000_000;
  }

  /**
   * CPU time of this thread, which does all the database work of starting and sending (the pass
   * hands only the gateway's requests to its pool): what limits the rate when the machine is busy.
   */
  static long threadCpuMs() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
        / 1_000_000;
  }

  /** {@code databaseSize}: pg_database_size on PostgreSQL, the H2 file's size on H2. */
  record Result(
      int n,
      long ms,
      long freezeMs,
      int requests,
      long cpuMs,
      long freezeCpuMs,
      long mainCpuMs,
      long mainFreezeCpuMs,
      String databaseSize) {
    double rate() {
      return n * 1000.0 / Math.max(1, ms);
    }
  }

  private static Result run(MockWebServer server, AtomicInteger requests, int n, boolean onePerSms)
      throws Exception {
    return runs(server, requests, n, onePerSms, 1).get(0);
  }

  /**
   * {@code count} campaigns to the same {@code n} customers on one database, a week apart (the
   * frequency cap lets each through): how a restaurant runs its weekly promotion.
   */
  private static List<Result> weekly(MockWebServer server, AtomicInteger requests, int n, int count)
      throws Exception {
    return runs(server, requests, n, false, count);
  }

  private static List<Result> runs(
      MockWebServer server, AtomicInteger requests, int n, boolean onePerSms, int count)
      throws Exception {
    Path dir = Files.createTempDirectory("campaign-bench");
    // under .ci/postgres.sh exec (bench/run-campaign-bench.sh passes its server on), a fresh
    // PostgreSQL database
    DataLocation.ConnectionSettings cs =
        pl.ordernotify.testsupport.TestEngine.postgres()
            ? pl.ordernotify.testsupport.TestEngine.freshPostgresDatabase()
            : DataLocation.resolve(dir, null, Map.of()).connectionSettings();
    try (Database db = Database.open(cs)) {
      SettingsService settings = new SettingsService(db);
      settings.put(Setting.RESTAURANT_NAME, "Pizzeria Bella");
      settings.put(Setting.MARKETING_WINDOW, "00:00-00:00");
      Renderer renderer = new Renderer();
      new TemplateService(db, renderer, Clock.systemUTC())
          .save(
              new TemplateDraft(
                  "promo-pl",
                  TemplateKind.CAMPAIGN,
                  "pl",
                  null,
                  "<<nazwaLokalu>>: <<nazwaPromocji>>! <<imie>>, kod <<kodPromocyjny>>"));
      customers(db, n);
      SmsApiGateway real =
          new SmsApiGateway(
              new GatewayConfig("smsapi", server.url("/"), "token", null, false),
              GatewayHttp.newClient(),
              new com.fasterxml.jackson.databind.ObjectMapper(),
              Clock.systemUTC());
      SmsGateway gateway = onePerSms ? new OnePerSms(real) : real;
      List<Result> results = new java.util.ArrayList<>();
      for (int week = 0; week < count; week++) {
        Clock clock = Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(7L * week));
        results.add(
            campaign(db, dir, renderer, gateway, clock, "Bench " + week, requests, n, onePerSms));
      }
      return results;
    }
  }

  private static Result campaign(
      Database db,
      Path dir,
      Renderer renderer,
      SmsGateway gateway,
      Clock clock,
      String name,
      AtomicInteger requests,
      int n,
      boolean onePerSms)
      throws Exception {
    CampaignService campaigns = new CampaignService(db, renderer, () -> gateway, clock);
    campaigns.create(
        new CampaignDraft(
            name,
            List.of("promo-pl"),
            "Pizza tygodnia",
            null,
            "BENCH",
            14,
            AudienceFilter.everyone(),
            null));
    int before = requests.get();
    long m0 = threadCpuMs();
    long c0 = cpuMs();
    long t0 = System.nanoTime();
    campaigns.start(name);
    long t1 = System.nanoTime();
    long c1 = cpuMs();
    long m1 = threadCpuMs();
    Map<String, Long> ticks0 = threadTicks();
    try (CampaignPass pass = new CampaignPass(db, renderer, clock)) {
      while (pass.run(gateway) > 0) {
        // one round per pass
      }
      if (System.getProperty("bench.threads") != null && !onePerSms) {
        printTicks(ticks0, threadTicks());
      }
    }
    long t2 = System.nanoTime();
    long c2 = cpuMs();
    long m2 = threadCpuMs();
    long decided = campaigns.results(name).recipients() - campaigns.results(name).waiting();
    if (decided != n) {
      throw new IllegalStateException("only " + decided + " of " + n + " recipients were decided");
    }
    return new Result(
        n,
        (t2 - t1) / 1_000_000,
        (t1 - t0) / 1_000_000,
        requests.get() - before,
        c2 - c1,
        c1 - c0,
        m2 - m1,
        m1 - m0,
        size(db, dir));
  }

  /**
   * CPU ticks (1/100 s) of each of this JVM's threads by name, digits folded ("C2 CompilerThre",
   * "GC Thread#"), from /proc: the JIT and GC threads that JFR's samples do not show.
   */
  static Map<String, Long> threadTicks() {
    Map<String, Long> ticks = new java.util.TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : tasks.toList()) {
        String stat = Files.readString(t.resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks.merge(
            name.replaceAll("[0-9]+$", "#"),
            Long.parseLong(f[11]) + Long.parseLong(f[12]),
            Long::sum);
      }
    } catch (java.io.IOException e) {
      return ticks;
    }
    return ticks;
  }

  private static void printTicks(Map<String, Long> before, Map<String, Long> after) {
    StringBuilder sb = new StringBuilder("CPU ticks by thread while sending:");
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sb.append(' ').append(e.getKey()).append('=').append(e.getValue()));
    System.out.println(sb);
  }

  private static void customers(Database db, int n) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO customer (name, phone, marketing_consent, language) VALUES (?, ?, TRUE, 'pl')")) {
      c.setAutoCommit(false);
      for (int i = 0; i < n; i++) {
        ps.setString(1, "Klient" + i + " Testowy");
        ps.setString(2, String.format("+48 6%08d", i));
        ps.addBatch();
        if (i % 1000 == 999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static String size(Database db, Path dir) throws Exception {
    if (!pl.ordernotify.testsupport.TestEngine.postgres()) {
      try (var files = Files.walk(dir)) {
        long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        return String.format("%.1f MB (H2 file)", bytes / 1e6);
      }
    }
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT pg_database_size(current_database())");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return String.format("%.1f MB (pg_database_size)", rs.getLong(1) / 1e6);
    }
  }

  private static String rss() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmRSS"))
          .findFirst()
          .map(l -> l.replaceAll("\\s+", " "))
          .orElse("unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** SMSAPI's sms.do after 50 ms: every recipient accepted, with its idx echoed. */
  static final class SlowSmsApi extends Dispatcher {
    private final AtomicInteger requests;
    private final MockWebServer server;
    private final AtomicInteger ids = new AtomicInteger();

    SlowSmsApi(AtomicInteger requests, MockWebServer server) {
      this.requests = requests;
      this.server = server;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      requests.incrementAndGet();
      // MockWebServer keeps every request it got until taken: the fake's memory, not the sender's
      server.takeRequest(0, java.util.concurrent.TimeUnit.MILLISECONDS);
      if (!request.getTarget().startsWith("/sms.do")) {
        return slow(new MockResponse.Builder().body("{\"points\": 1000000.0}"));
      }
      Map<String, String> form = new java.util.HashMap<>();
      for (String pair : request.getBody().utf8().split("&")) {
        String[] kv = pair.split("=", 2);
        form.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
      String[] to = form.get("to").split(",");
      String[] idx = form.get("idx").split("\\|");
      StringBuilder list = new StringBuilder();
      for (int k = 0; k < to.length; k++) {
        list.append(k == 0 ? "" : ",")
            .append("{\"id\": \"B")
            .append(ids.incrementAndGet())
            .append("\", \"points\": 0.16, \"number\": \"")
            .append(to[k])
            .append("\", \"idx\": \"")
            .append(idx[k])
            .append("\", \"parts\": 1}");
      }
      return slow(
          new MockResponse.Builder()
              .body("{\"count\": " + to.length + ", \"list\": [" + list + "]}"));
    }

    /**
     * The fake gateway's latency, as the issue sets it: the answer leaves 50 ms after the request.
     */
    private static MockResponse slow(MockResponse.Builder response) {
      return response.headersDelay(50, java.util.concurrent.TimeUnit.MILLISECONDS).build();
    }
  }

  /**
   * The fake's sockets send each write at once (TCP_NODELAY). MockWebServer writes an answer's
   * headers and body separately; with Nagle's algorithm the body waited for the client's delayed
   * ACK of the headers, about 40 ms on Linux, so the fake answered after about 95 ms, not 50.
   */
  static final class NoDelayServerSockets extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws java.io.IOException {
      return new java.net.ServerSocket() {
        @Override
        public java.net.Socket accept() throws java.io.IOException {
          java.net.Socket s = super.accept();
          s.setTcpNoDelay(true);
          return s;
        }
      };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public java.net.ServerSocket createServerSocket(
        int port, int backlog, java.net.InetAddress address) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  /** The same gateway sending one HTTP request per SMS, for the comparison. */
  static final class OnePerSms extends pl.ordernotify.campaigns.DelegatingGateway {
    OnePerSms(SmsGateway real) {
      super(real);
    }

    @Override
    public int maxBatch() {
      return 1;
    }
  }

  static int count(Database db, String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
