package pl.ordernotify.gateway.serwersms;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.json;
import static pl.ordernotify.gateway.GatewayFixtures.sms;
import static pl.ordernotify.gateway.GatewayFixtures.taken;
import static pl.ordernotify.gateway.serwersms.SerwerSmsSendAnswerTest.SUCCESS;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;

/** What SerwerSMS receives for a send (serwersms.md §1, §4). */
class SerwerSmsSendRequestTest extends MockServerTest {

  SerwerSmsGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SerwerSmsGateway(
            config("serwersms", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void postsJsonWithSenderDetailsAndUniqueId() {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    // when
    gateway.send(sms("600 100 200", "Twoje zamowienie jest w drodze"));

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/messages/send_sms.json");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("OrderNotify/dev");
    assertThat(json(request))
        .isEqualTo(
            JSON.createObjectNode()
                .put("phone", "+48600100200")
                .put("text", "Twoje zamowienie jest w drodze")
                .put("sender", "Pizzeria")
                .put("details", true)
                .put("unique_id", "o123s2"));
  }

  @Test
  void asksForUnicodeOnlyWhenTheTextNeedsIt() {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    // when
    gateway.send(sms("+48600100200", "Zamówienie przyjęte"));
    gateway.send(sms("+48600100200", "Cena: 10€ {promo} [ok] ^~|\\ é à Ñ"));

    // then
    assertThat(json(taken(server)).path("utf").asBoolean()).isTrue();
    assertThat(json(taken(server)).has("utf")).isFalse();
  }

  @Test
  void foldsDiacriticsItselfAndSendsTestModeWhenAsked() {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());
    OutgoingSms sms =
        new OutgoingSms(
            "+48600100200", "Zamówienie już wyjechało, Łódź", "Bistro", "abc", null, true, true);

    // when
    gateway.send(sms);

    // then
    JsonNode body = json(taken(server));
    assertThat(body.path("text").asText()).isEqualTo("Zamowienie juz wyjechalo, Lodz");
    assertThat(body.has("utf")).isFalse();
    assertThat(body.path("test").asBoolean()).isTrue();
    assertThat(body.path("sender").asText()).isEqualTo("Bistro");
    assertThat(body.path("unique_id").asText()).isEqualTo("abc");
  }

  @Test
  void sendsInTestModeWhenTheAccountIsInTestMode() {
    // given
    var testGateway =
        new SerwerSmsGateway(
            new GatewayConfig("serwersms", server.url("/"), TOKEN, "Pizzeria", true),
            GatewayHttp.newClient(),
            JSON,
            CLOCK);
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    // when
    testGateway.send(sms("+48600100200", "x"));

    // then
    assertThat(json(taken(server)).path("test").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "order-123-2",
        "o_1",
        "zamówienie1",
        "a1234567890123456789012345678901234567890123456789x"
      })
  void rejectsAKeyThatCannotBeAUniqueIdWithoutSending(String key) {
    // when
    SendResult result =
        gateway.send(new OutgoingSms("+48600100200", "x", null, key, null, false, false));

    // then
    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(((SendResult.Rejected) result).code()).isEqualTo("INVALID_KEY");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void neverSendsAsEcoWithoutASenderName(String sender) {
    // given
    var noSender =
        new SerwerSmsGateway(
            config("serwersms", server, sender), GatewayHttp.newClient(), JSON, CLOCK);

    // when
    SendResult result =
        noSender.send(new OutgoingSms("+48600100200", "x", sender, "abc", null, false, false));

    // then
    assertThat(result).isInstanceOf(SendResult.AccountProblem.class);
    assertThat(((SendResult.AccountProblem) result).reason()).contains("Set a sender name");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rejectsALandlineWithoutSending() {
    // when
    SendResult result = gateway.send(sms("+48 22 123 45 67", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(((SendResult.Rejected) result).code()).isEqualTo("INVALID_PHONE");
    assertThat(server.getRequestCount()).isZero();
  }
}
