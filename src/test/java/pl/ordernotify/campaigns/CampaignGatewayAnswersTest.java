package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.config;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.gateway.serwersms.SerwerSmsGateway;
import pl.ordernotify.gateway.smsapi.SmsApiGateway;

/**
 * What a gateway's answer to a campaign batch does beyond the batch: the account pause and
 * opt-outs.
 */
class CampaignGatewayAnswersTest extends MockServerTest {

  private static final String CONSENT =
      "SELECT CASE WHEN marketing_consent THEN 'yes' ELSE 'no' END FROM customer WHERE id = ?";
  private CampaignFixture f;
  private final AtomicInteger sends = new AtomicInteger();

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void anAccountErrorOnACampaignBatchPausesAllSendingWithItsReason() {
    // given SMSAPI answers the batch with error 103 (no points left)
    f = fixture(smsapi(), "sms.do", "{\"error\": 103, \"message\": \"Not enough points\"}");
    startForTwoCustomers();

    // when the sender's campaign pass runs twice
    f.pass.run(f.gateway);
    f.pass.run(f.gateway);

    // then all sending is paused with the account's reason, and only the one batch went out
    assertThat(
            f.column(
                "SELECT CASE WHEN paused THEN 'yes' ELSE 'no' END FROM sender_pause WHERE id = 1"))
        .containsExactly("yes");
    assertThat(f.column("SELECT code FROM sender_pause WHERE id = 1")).containsExactly("103");
    assertThat(f.column("SELECT reason FROM sender_pause WHERE id = 1").get(0)).contains("103");
    assertThat(sends.get()).isEqualTo(1);
    assertThat(f.column("SELECT status || '/' || reason FROM campaign_recipient ORDER BY id"))
        .containsExactly("SENDING/ACCOUNT", "SENDING/ACCOUNT");
    assertThat(f.column("SELECT COUNT(*) FROM message WHERE kind = 'CAMPAIGN' AND status = 'SENT'"))
        .containsExactly("0");
  }

  @Test
  void smsapiOptOutAnswersForABatchRecipientWithdrawConsentWithSourceGateway() {
    // given SMSAPI accepts the first recipient and lists the second on its opt-out list (59)
    f =
        fixture(
            smsapi(),
            "sms.do",
            """
        {"count": 2, "list": [
          {"id": "A1", "points": 0.16, "number": "48600100200", "idx": "%s"},
          {"id": "", "number": "48600100201", "idx": "%s", "error": 59, "message": "opt-out"}]}""");
    long[] ids = startForTwoCustomers();

    // when
    f.pass.run(f.gateway);

    // then the second customer's marketing consent is withdrawn by the gateway, audited
    assertOptedOutByGateway(ids);
  }

  @Test
  void serwersmsBlacklistAnswerForABatchRecipientWithdrawsConsentWithSourceGateway() {
    // given SerwerSMS queues the first message and refuses the second: number_is_blacklisted (2206)
    f =
        fixture(
            serwersms(),
            "send_personalized",
            """
        {"success": true, "queued": 1, "unsent": 1, "items": [
          {"id": "s1", "phone": "+48600100200", "status": "queued", "parts": 1},
          {"phone": "+48600100201", "status": "unsent", "error_code": 2206, "error_message": "blacklisted"}]}""");
    long[] ids = startForTwoCustomers();

    // when
    f.pass.run(f.gateway);

    // then
    assertOptedOutByGateway(ids);
  }

  private void assertOptedOutByGateway(long[] ids) {
    assertThat(f.column(CONSENT, ids[0])).containsExactly("yes");
    assertThat(f.column(CONSENT, ids[1])).containsExactly("no");
    assertThat(
            f.column(
                "SELECT source FROM consent_event WHERE customer_id = ? AND field = 'MARKETING_CONSENT'"
                    + " AND new_value = FALSE",
                ids[1]))
        .containsExactly("GATEWAY");
    assertThat(f.column("SELECT status FROM campaign_recipient ORDER BY id"))
        .containsExactly("SENT", "FAILED");
    assertThat(
            f.column(
                "SELECT CASE WHEN paused THEN 'yes' ELSE 'no' END FROM sender_pause WHERE id = 1"))
        .containsExactly("no");
  }

  private long[] startForTwoCustomers() {
    long a = f.customer("Anna Nowak", "600 100 200", true, false, "pl");
    long b = f.customer("Jan Kowal", "600 100 201", true, false, "pl");
    f.campaigns.create(f.draft("Pizza tygodnia", "PIZZA", null, AudienceFilter.everyone()));
    f.campaigns.start("Pizza tygodnia");
    return new long[] {a, b};
  }

  private SmsGateway smsapi() {
    return new SmsApiGateway(
        config("smsapi", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  private SmsGateway serwersms() {
    return new SerwerSmsGateway(
        config("serwersms", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  /**
   * The gateway answers its send path with {@code body} (the batch's keys filled in) and nothing
   * else usefully.
   */
  private CampaignFixture fixture(SmsGateway gateway, String sendPath, String body) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (!request.getTarget().contains(sendPath)) {
              return new MockResponse.Builder().body("{}").build();
            }
            sends.incrementAndGet();
            List<String> keys =
                f.column("SELECT idempotency_key FROM campaign_recipient ORDER BY id");
            return new MockResponse.Builder().body(body.formatted(keys.toArray())).build();
          }
        });
    return new CampaignFixture(gateway);
  }
}
