package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.form;
import static pl.ordernotify.gateway.GatewayFixtures.json;
import static pl.ordernotify.gateway.GatewayFixtures.sms;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** DESIGN rule 6: a send with an unknown outcome is resolved without a second SMS. */
class CrashRecoveryTest extends MockServerTest {

  OkHttpClient client =
      GatewayHttp.newClient().newBuilder().readTimeout(Duration.ofMillis(300)).build();

  @Test
  void smsApiResendWithTheSameIdxIsRecognisedAsAlreadySent() {
    // given
    SmsGateway gateway =
        Gateways.create(GatewayFixtures.config("smsapi", server, null), client, JSON, CLOCK);
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": 53, \"message\": \"idx already used\"}")
            .build());

    // when
    SendResult first = gateway.send(sms("+48600100200", "Zamówienie #7 przyjęte"));
    SendResult resend = gateway.send(sms("+48600100200", "Zamówienie #7 przyjęte"));

    // then
    assertThat(first).isInstanceOf(SendResult.Unknown.class);
    assertThat(resend).isEqualTo(new SendResult.Duplicate(null));
    Map<String, String> firstForm = form(taken(server));
    Map<String, String> resendForm = form(taken(server));
    assertThat(resendForm).containsEntry("idx", "o123s2").containsEntry("check_idx", "1");
    assertThat(resendForm).isEqualTo(firstForm);
  }

  @Test
  void serwerSmsLooksTheUniqueIdUpAndFindsTheMessageSentBeforeTheCrash() {
    // given
    SmsGateway gateway =
        Gateways.create(
            GatewayFixtures.config("serwersms", server, "Pizzeria"), client, JSON, CLOCK);
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"items\": [{\"id\": \"aca3944055\", \"status\": \"sent\", \"phone\": \"+48600100200\"}]}")
            .build());

    // when
    SendResult first = gateway.send(sms("+48600100200", "x"));
    LookupResult lookup = gateway.lookup("o123s2");

    // then
    assertThat(first).isInstanceOf(SendResult.Unknown.class);
    assertThat(lookup).isEqualTo(new LookupResult.Found("aca3944055", DeliveryStatus.PENDING));
    assertThat(json(taken(server)).path("unique_id").asText()).isEqualTo("o123s2");
    assertThat(taken(server).getTarget()).isEqualTo("/messages/reports.json");
  }
}
