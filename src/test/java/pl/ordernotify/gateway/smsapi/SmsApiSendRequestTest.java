package pl.ordernotify.gateway.smsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.NOW;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.form;
import static pl.ordernotify.gateway.GatewayFixtures.sms;
import static pl.ordernotify.gateway.GatewayFixtures.taken;
import static pl.ordernotify.gateway.smsapi.SmsApiSendAnswerTest.SUCCESS;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;

/** What SMSAPI receives for a send (smsapi.md §3, §4). */
class SmsApiSendRequestTest extends MockServerTest {

  SmsApiGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SmsApiGateway(
            config("smsapi", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void postsEveryRequiredFormFieldWithTheBearerToken() {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    // when
    gateway.send(sms("+48600100200", "Zamówienie #12 przyjęte"));

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/sms.do");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("OrderNotify/dev");
    assertThat(form(request))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "to", "48600100200",
                "message", "Zamówienie #12 przyjęte",
                "format", "json",
                "encoding", "utf-8",
                "details", "1",
                "idx", "o123s2",
                "check_idx", "1",
                "from", "Pizzeria"));
  }

  @Test
  void addsExpiryNormalizeAndTestWhenAsked() {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());
    OutgoingSms sms =
        new OutgoingSms(
            "+48600100200",
            "Zamówienie",
            "Bistro",
            "o1s1",
            NOW.plus(Duration.ofHours(2)),
            true,
            true);

    // when
    gateway.send(sms);

    // then
    Map<String, String> form = form(taken(server));
    assertThat(form)
        .containsEntry("expiration_date", Long.toString(NOW.getEpochSecond() + 7200))
        .containsEntry("normalize", "1")
        .containsEntry("test", "1")
        .containsEntry("from", "Bistro")
        .containsEntry("idx", "o1s1");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 30 * 60, 60 * 60 - 1, 13 * 3600, 72 * 3600})
  void leavesOutAnExpiryOutsideOneToTwelveHours(long secondsAhead) {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());
    OutgoingSms sms =
        new OutgoingSms(
            "+48600100200", "x", null, "o1s1", NOW.plusSeconds(secondsAhead), false, false);

    // when
    gateway.send(sms);

    // then
    assertThat(form(taken(server))).doesNotContainKeys("expiration_date", "normalize", "test");
  }

  @Test
  void sendsInTestModeAndWithoutSenderWhenTheAccountSaysSo() throws IOException {
    // given
    var testGateway =
        new SmsApiGateway(
            new pl.ordernotify.gateway.GatewayConfig("smsapi", server.url("/"), TOKEN, null, true),
            GatewayHttp.newClient(),
            JSON,
            CLOCK);
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    // when
    testGateway.send(sms("600 100 200", "x"));

    // then
    Map<String, String> form = form(taken(server));
    assertThat(form)
        .containsEntry("test", "1")
        .containsEntry("to", "48600100200")
        .doesNotContainKey("from");
  }

  @ParameterizedTest
  @ValueSource(strings = {"22 123 45 67", "600 ABC 200", "", "12345"})
  void rejectsAnUnusablePhoneWithoutCallingTheGateway(String phone) {
    // when
    SendResult result = gateway.send(sms(phone, "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rejectsAMessageWithoutIdempotencyKeyWithoutCallingTheGateway() {
    // when
    SendResult result =
        gateway.send(new OutgoingSms("+48600100200", "x", null, " ", null, false, false));

    // then
    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
