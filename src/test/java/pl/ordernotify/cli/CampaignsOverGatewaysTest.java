package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.Wiring;
import pl.ordernotify.campaigns.CampaignPass;
import pl.ordernotify.testsupport.CliRun;

/**
 * Issue 10 "done means" on the command line: the demo restaurant, a campaign with unique codes for
 * regulars, sent by the sender's campaign pass through the real gateway class against a fake SMSAPI
 * / SerwerSMS, where the recipients arrive as batches; a POS order with a code shows up.
 */
class CampaignsOverGatewaysTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  @StartStop private final MockWebServer server = new MockWebServer();
  private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private Path tokenFile;

  @BeforeEach
  void setUp() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getTarget();
            if (path.contains("sms.do")) {
              return smsapi(form(request.getBody().utf8()));
            }
            if (path.contains("send_personalized")) {
              return serwersms(request.getBody().utf8());
            }
            return new MockResponse.Builder().body("{}").build();
          }
        });
    tokenFile =
        Files.writeString(
            dataDir.resolveSibling(dataDir.getFileName() + "-token.txt"), "tok-Secret-7a9Q\n");
    assertThat(cli("demo").status()).isZero();
    assertThat(cli("settings", "set", "--marketing-window", "00:00-23:59").status()).isZero();
  }

  @AfterEach
  void tearDown() throws Exception {
    Files.deleteIfExists(tokenFile);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smsapi", "serwersms"})
  void regularsWithUniqueCodesGoOutInBatchesAndAnOrderWithACodeShowsInTheResults(String provider)
      throws Exception {
    // given the gateway account and a campaign for consented regulars with unique codes
    assertThat(
            cli(
                    "gateway",
                    "set",
                    "--provider",
                    provider,
                    "--token-file",
                    tokenFile.toString(),
                    "--sender",
                    "Bella",
                    "--base-url",
                    server.url("/").toString())
                .status())
        .isZero();
    CliRun create =
        cli(
            "campaigns",
            "create",
            "Pizza tygodnia",
            "--template",
            "promocja-pl",
            "--template",
            "promotion-en",
            "--promotion",
            "Pizza tygodnia",
            "--unique-codes",
            "PIZZA",
            "--regulars",
            "3",
            "--days",
            "30");
    assertThat(create.err()).isEmpty();

    // when it starts and the sender's campaign pass runs with the configured gateway
    CliRun start = cli("campaigns", "start", "Pizza tygodnia");
    try (Wiring w = Wiring.fromOptions(dataDir, null, Map.of());
        CampaignPass pass = new CampaignPass(w.database(), w.renderer(), Clock.systemUTC())) {
      for (int i = 0; i < 100 && pass.run(w.gateways().get()) > 0; i++) {
        // until every recipient is decided
      }
      // and a customer orders with their code, loosely typed (plain SQL, as a POS writes it)
      List<String> row =
          first(w, "SELECT customer_id, promo_code FROM campaign_recipient ORDER BY id");
      sql(
          w,
          "INSERT INTO delivery_order (order_no, customer_id, status, total_gross, payment_method, prep_minutes,"
              + " placed_at, promo_code) VALUES ('PROMO-1', ?, 'NEW', 88.40, 'CARD', 40, CURRENT_TIMESTAMP, ?)",
          Long.parseLong(row.get(0)),
          " " + row.get(1).toLowerCase() + " ");
    }
    CliRun results = cli("campaigns", "results", "Pizza tygodnia");

    // then the regulars went out in one request per language, not one per SMS
    assertThat(start.status()).isZero();
    int recipients = Integer.parseInt(start.out().replaceAll("(?s).*started with (\\d+).*", "$1"));
    assertThat(recipients).isGreaterThan(1);
    assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(recipients);
    assertThat(batchSizes.size()).isLessThanOrEqualTo(2).isLessThan(recipients);
    assertThat(results.out())
        .contains("Campaign:     Pizza tygodnia (DONE)", "Orders:       1", "Revenue:      88.40");
  }

  /** sms.do: every recipient accepted, its idx echoed. */
  private MockResponse smsapi(Map<String, String> form) {
    String[] to = form.get("to").split(",");
    String[] idx = form.get("idx").split("\\|");
    batchSizes.add(to.length);
    List<String> list = new ArrayList<>();
    for (int k = 0; k < to.length; k++) {
      list.add(
          "{\"id\": \"A"
              + ids.incrementAndGet()
              + "\", \"points\": 0.16, \"number\": \""
              + to[k]
              + "\", \"idx\": \""
              + idx[k]
              + "\", \"parts\": 1}");
    }
    return new MockResponse.Builder()
        .body("{\"count\": " + to.length + ", \"list\": [" + String.join(",", list) + "]}")
        .build();
  }

  /** send_personalized: every message queued. */
  private MockResponse serwersms(String body) {
    try {
      JsonNode messages = JSON.readTree(body).path("messages");
      batchSizes.add(messages.size());
      List<String> items = new ArrayList<>();
      for (JsonNode m : messages) {
        items.add(
            "{\"id\": \"s"
                + ids.incrementAndGet()
                + "\", \"phone\": \""
                + m.path("phone").asText()
                + "\", \"status\": \"queued\", \"parts\": 1}");
      }
      return new MockResponse.Builder()
          .body(
              "{\"success\": true, \"queued\": "
                  + messages.size()
                  + ", \"unsent\": 0, \"items\": ["
                  + String.join(",", items)
                  + "]}")
          .build();
    } catch (java.io.IOException e) {
      return new MockResponse.Builder().code(400).build();
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return form;
  }

  private static List<String> first(Wiring w, String query) throws SQLException {
    try (Connection c = w.database().dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(query);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.add(rs.getString(i));
      }
      return out;
    }
  }

  private static void sql(Wiring w, String statement, Object... args) throws SQLException {
    try (Connection c = w.database().dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private CliRun cli(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(all);
  }
}
