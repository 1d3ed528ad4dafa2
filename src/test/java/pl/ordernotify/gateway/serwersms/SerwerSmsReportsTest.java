package pl.ordernotify.gateway.serwersms;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.json;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.ReportsResult;

/** Look-up by unique_id and delivery reports (serwersms.md §6, §8). */
class SerwerSmsReportsTest extends MockServerTest {

  SerwerSmsGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SerwerSmsGateway(
            config("serwersms", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void looksAMessageUpByItsUniqueId() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"paging": {"page": 1, "count": 1}, "items": [
          {"id": "aca3944055", "phone": "+48600100200", "status": "delivered",
           "queued": "2024-05-10 12:00:00", "sent": "2024-05-10 12:00:02",
           "delivered": "2024-05-10 12:00:09", "type": "full", "parts": 1, "cost": "0.15"}]}""")
            .build());

    // when
    LookupResult result = gateway.lookup("o123s2");

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/messages/reports.json");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(json(request)).isEqualTo(JSON.createObjectNode().put("unique_id", "o123s2"));
    assertThat(result).isEqualTo(new LookupResult.Found("aca3944055", DeliveryStatus.DELIVERED));
  }

  @Test
  void aLookUpPrefersTheTryThatWentOutOverOneHeldAsUnsent() {
    // given an earlier try SerwerSMS kept as unsent, and the resend under the same unique_id
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"paging": {"page": 1, "count": 2}, "items": [
          {"id": "aca0000001", "phone": "+48600100200", "status": "unsent", "queued": "2024-05-10 12:00:00"},
          {"id": "aca0000002", "phone": "+48600100200", "status": "sent", "queued": "2024-05-10 12:00:40"}]}""")
            .build());

    // when
    LookupResult result = gateway.lookup("o123s2");

    // then
    assertThat(result).isEqualTo(new LookupResult.Found("aca0000002", DeliveryStatus.PENDING));
  }

  @Test
  void findsNothingWhenNoItemComesBack() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"paging\": {\"page\": 1, \"count\": 0}, \"items\": []}")
            .build());

    // when
    LookupResult result = gateway.lookup("o123s2");

    // then
    assertThat(result).isEqualTo(new LookupResult.NotFound());
  }

  @Test
  void failsTheLookUpRatherThanGuessOnAnErrorOrAnOddAnswer() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": {\"code\": 1004, \"type\": \"InvalidID\"}}")
            .build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().body("garbage").build());
    server.enqueue(new MockResponse.Builder().body("{\"success\": false}").build());

    // when
    List<LookupResult> results =
        List.of(
            gateway.lookup("o12"),
            gateway.lookup("o123"),
            gateway.lookup("o123"),
            gateway.lookup("o123"));

    // then
    assertThat(results).hasOnlyElementsOfType(LookupResult.Failed.class).hasSize(4);
  }

  @Test
  void answersNotFoundForAKeySendWouldNeverHaveSent() {
    // when
    LookupResult result = gateway.lookup("order-1-2");

    // then
    assertThat(result).isEqualTo(new LookupResult.NotFound());
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asksForReportsByIdArray() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"paging": {"page": 1, "count": 2}, "items": [
          {"id": "aca3944055", "status": "delivered", "delivered": "2024-05-10 12:00:09", "cost": 0.15},
          {"id": "bcd4055166", "status": "undelivered", "reason": "wrong_number", "sent": "2024-05-10 12:01:00"}]}""")
            .build());

    // when
    ReportsResult result = gateway.reports(List.of("aca3944055", "bcd4055166"));

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getTarget()).isEqualTo("/messages/reports.json");
    JsonNode body = json(request);
    assertThat(body.path("id").toString()).isEqualTo("[\"aca3944055\",\"bcd4055166\"]");
    assertThat(body.path("limit").asInt()).isEqualTo(2);
    assertThat(result)
        .isEqualTo(
            new ReportsResult.Reports(
                List.of(
                    new DeliveryReport(
                        "aca3944055",
                        DeliveryStatus.DELIVERED,
                        Instant.parse("2024-05-10T10:00:09Z"),
                        "delivered",
                        new BigDecimal("0.15")),
                    new DeliveryReport(
                        "bcd4055166",
                        DeliveryStatus.UNDELIVERED,
                        Instant.parse("2024-05-10T10:01:00Z"),
                        "undelivered: wrong_number",
                        null))));
  }

  @Test
  void asksForAtMostFiveHundredIdsPerCall() {
    // given
    List<String> ids = IntStream.range(0, 501).mapToObj(i -> "id" + i).toList();
    server.enqueue(new MockResponse.Builder().body("{\"items\": []}").build());
    server.enqueue(new MockResponse.Builder().body("{\"items\": []}").build());

    // when
    gateway.reports(ids);

    // then
    assertThat(json(taken(server)).path("id").size()).isEqualTo(500);
    assertThat(json(taken(server)).path("id").toString()).isEqualTo("[\"id500\"]");
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "in_progress, , PENDING",
    "saved, , PENDING",
    "sent, , PENDING",
    "pending, , PENDING",
    "delivered, , DELIVERED",
    "undelivered, wrong_number, UNDELIVERED",
    "undelivered, message_expired, EXPIRED",
    "unsent, message_expired, EXPIRED",
    "unsent, limit_exhausted, FAILED",
    "unsent, , FAILED",
    "brand_new, , PENDING"
  })
  void mapsEveryDeliveryStatusOfTheReference(
      String status, String reason, DeliveryStatus expected) {
    // given
    String reasonField = reason == null ? "" : ", \"reason\": \"" + reason + "\"";
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"items\": [{\"id\": \"x1\", \"status\": \""
                    + status
                    + "\""
                    + reasonField
                    + "}]}")
            .build());

    // when
    ReportsResult result = gateway.reports(List.of("x1"));

    // then
    assertThat(((ReportsResult.Reports) result).reports())
        .singleElement()
        .extracting(DeliveryReport::status)
        .isEqualTo(expected);
  }

  @Test
  void failsReportsOnAnErrorObject() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": {\"code\": 1001, \"message\": \"Zly login\"}}")
            .build());

    // when
    ReportsResult result = gateway.reports(List.of("x1"));

    // then
    assertThat(result)
        .isEqualTo(
            new ReportsResult.Failed(
                "SerwerSMS error 1001: wrong login, password or API token (Zly login)"));
  }
}
