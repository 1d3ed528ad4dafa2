package pl.ordernotify.gateway.serwersms;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.json;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SendResult;

/** send_personalized with a messages array and a unique_id each (serwersms.md §3-§5). */
class SerwerSmsBatchTest extends MockServerTest {

  SerwerSmsGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SerwerSmsGateway(
            config("serwersms", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  private static BatchSms batch(String... texts) {
    List<BatchSms.Item> items = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      items.add(new BatchSms.Item("+4860010020" + (i + 1), texts[i], "key" + (i + 1), List.of()));
    }
    return new BatchSms(null, items, null, false, false);
  }

  @Test
  void messagesGoInOneCallWithAUniqueIdEach() {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"success": true, "queued": 2, "unsent": 0, "items": [
          {"id": "s1", "phone": "+48600100201", "status": "queued", "parts": 1, "text": "Hi A"},
          {"id": "s2", "phone": "+48600100202", "status": "queued", "parts": 1, "text": "Hi B"}]}""")
            .build());

    List<SendResult> results = gateway.sendBatch(batch("Hi A", "Hi B"));

    RecordedRequest request = taken(server);
    JsonNode body = json(request);
    assertThat(request.getTarget()).endsWith("messages/send_personalized.json");
    assertThat(body.path("messages")).hasSize(2);
    assertThat(body.path("messages").get(1).path("text").asText()).isEqualTo("Hi B");
    assertThat(body.path("unique_id").get(0).asText()).isEqualTo("key1");
    assertThat(body.path("unique_id").get(1).asText()).isEqualTo("key2");
    assertThat(body.path("sender").asText()).isEqualTo("Pizzeria");
    assertThat(results)
        .extracting(r -> ((SendResult.Accepted) r).gatewayId())
        .containsExactly("s1", "s2");
  }

  @Test
  void anUnsentItemFailsOnlyItsMessageAndAMissingOneIsUnknown() {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"success": true, "queued": 1, "unsent": 1, "items": [
          {"id": "s1", "phone": "+48600100201", "status": "queued", "parts": 1},
          {"phone": "+48600100202", "status": "unsent", "error_code": 3105, "error_message": "Invalid number"}]}""")
            .build());

    List<SendResult> results = gateway.sendBatch(batch("Hi A", "Hi B", "Hi C"));

    assertThat(results.get(0)).isInstanceOf(SendResult.Accepted.class);
    assertThat(results.get(1)).isInstanceOf(SendResult.Rejected.class);
    assertThat(results.get(2)).isInstanceOf(SendResult.Unknown.class);
  }

  @Test
  void noAnswerLeavesEveryMessageUnknownAndAnErrorObjectFailsThemAll() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": {\"code\": 1001, \"type\": \"InvalidUser\", \"message\": \"x\"}}")
            .build());

    List<SendResult> lost = gateway.sendBatch(batch("Hi A", "Hi B"));
    List<SendResult> refused = gateway.sendBatch(batch("Hi A", "Hi B"));

    assertThat(lost).allSatisfy(r -> assertThat(r).isInstanceOf(SendResult.Unknown.class));
    assertThat(refused)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).isInstanceOf(SendResult.AccountProblem.class));
  }

  @Test
  void unicodeAndGsmTextsGoInSeparateCalls() {
    server.enqueue(new MockResponse.Builder().body("{\"success\": true, \"items\": []}").build());
    server.enqueue(new MockResponse.Builder().body("{\"success\": true, \"items\": []}").build());

    gateway.sendBatch(batch("Hi A", "Zażółć"));

    JsonNode first = json(taken(server));
    JsonNode second = json(taken(server));
    assertThat(first.has("utf")).isFalse();
    assertThat(second.path("utf").asBoolean()).isTrue();
  }
}
