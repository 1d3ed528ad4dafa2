package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.smsapi.SmsApiGateway;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.ChildJvm;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * A sender killed (SIGKILL) while a campaign batch is at the gateway: after a restart no recipient
 * has two SMS and none is lost (DESIGN §9, rules 1 and 6).
 */
class CampaignCrashTest {

  private static final int CUSTOMERS = 250;

  @TempDir Path dir;

  @Test
  void aSenderKilledMidBatchLeavesNoRecipientWithTwoSmsAndNoneLost() throws Exception {
    FakeSmsApi smsapi = new FakeSmsApi();
    try (MockWebServer server = new MockWebServer();
        Database db = TestDatabase.open(dir)) {
      server.setDispatcher(smsapi);
      server.start();
      // given a started campaign for 250 consented customers
      CampaignFixture f = new CampaignFixture(db, null);
      new SettingsService(db).put(Setting.MARKETING_WINDOW, "00:00-00:00");
      f.clock.set(Instant.now());
      for (int i = 0; i < CUSTOMERS; i++) {
        f.customer("Klient " + i, String.format("600%06d", i), true, false, "pl");
      }
      f.campaigns.create(f.draft("Crash", "CR", null, AudienceFilter.everyone()));
      f.campaigns.start("Crash");

      // when a sender in another JVM has a batch accepted at the gateway and is killed before the
      // answer
      var s = DataLocation.resolve(dir, null, Map.of()).connectionSettings();
      try (ChildJvm child =
          ChildJvm.start(
              "-cp",
              System.getProperty("java.class.path"),
              CampaignSenderMain.class.getName(),
              s.url(),
              s.user(),
              s.password(),
              server.url("/").toString())) {
        child.awaitLine("READY");
        assertThat(smsapi.held.await(90, TimeUnit.SECONDS))
            .as("a batch reached the gateway")
            .isTrue();
        child.kill();
      }
      smsapi.release();
      assertThat(
              f.column("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENDING'").get(0))
          .isNotEqualTo("0");

      // and a sender starts again after the claim timeout
      SmsApiGateway gateway =
          new SmsApiGateway(
              new GatewayConfig("smsapi", server.url("/"), "token", null, false),
              GatewayHttp.newClient(),
              new com.fasterxml.jackson.databind.ObjectMapper(),
              f.clock);
      f.clock.set(Instant.now().plus(CampaignPass.CLAIM_TIMEOUT).plus(Duration.ofMinutes(1)));
      try (CampaignPass pass =
          new CampaignPass(db, new pl.ordernotify.templates.Renderer(), f.clock)) {
        for (int i = 0; i < 100 && pass.run(gateway) > 0; i++) {
          // one round per pass
        }
      }

      // then every customer got exactly one SMS, and every recipient is SENT
      assertThat(smsapi.deliveredPerNumber())
          .hasSize(CUSTOMERS)
          .allSatisfy((number, count) -> assertThat(count).as(number).isEqualTo(1));
      assertThat(f.column("SELECT status FROM campaign_recipient"))
          .hasSize(CUSTOMERS)
          .containsOnly("SENT");
      assertThat(f.column("SELECT status FROM message WHERE kind = 'CAMPAIGN'"))
          .hasSize(CUSTOMERS)
          .containsOnly("SENT");
      assertThat(f.campaigns.get("Crash").status()).isEqualTo("DONE");
    }
  }

  /**
   * SMSAPI with check_idx: a used idx is refused with error 53. The first batch is answered; the
   * ones after it are accepted (the SMS go out) and held without an answer until the test says so.
   */
  static final class FakeSmsApi extends Dispatcher {
    final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final Set<String> usedIdx = new HashSet<>();
    private final List<String> delivered = new ArrayList<>();
    private int batches;

    void release() {
      released.countDown();
    }

    synchronized Map<String, Integer> deliveredPerNumber() {
      Map<String, Integer> counts = new HashMap<>();
      delivered.forEach(n -> counts.merge(n, 1, Integer::sum));
      return counts;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (!request.getTarget().startsWith("/sms.do")) {
        return new MockResponse.Builder()
            .body("{\"points\": 1000.0}")
            .build(); // the profile, for the credits check
      }
      Map<String, String> form = form(request.getBody().utf8());
      String[] to = form.get("to").split(",");
      String[] idx = form.get("idx").split("\\|");
      boolean hold;
      StringBuilder list = new StringBuilder();
      synchronized (this) {
        for (String i : idx) {
          if (usedIdx.contains(i)) {
            return new MockResponse.Builder()
                .body("{\"error\": 53, \"message\": \"idx already used\"}")
                .build();
          }
        }
        for (int k = 0; k < to.length; k++) {
          usedIdx.add(idx[k]);
          delivered.add(to[k]);
          list.append(k == 0 ? "" : ",")
              .append("{\"id\": \"M")
              .append(idx[k])
              .append("\", \"points\": 0.16, \"number\": \"")
              .append(to[k])
              .append("\", \"idx\": \"")
              .append(idx[k])
              .append("\", \"parts\": 1}");
        }
        hold = to.length > 1 && ++batches > 1 && released.getCount() > 0;
      }
      if (hold) {
        held.countDown();
        released.await(120, TimeUnit.SECONDS);
      }
      return new MockResponse.Builder()
          .body("{\"count\": " + to.length + ", \"list\": [" + list + "]}")
          .build();
    }

    private static Map<String, String> form(String body) {
      Map<String, String> fields = new HashMap<>();
      for (String pair : body.split("&")) {
        String[] kv = pair.split("=", 2);
        fields.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
      return fields;
    }
  }
}
