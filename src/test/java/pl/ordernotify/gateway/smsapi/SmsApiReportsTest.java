package pl.ordernotify.gateway.smsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.form;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

/** The status poll and the look-up SMSAPI does not have (smsapi.md §6, §8). */
class SmsApiReportsTest extends MockServerTest {

  SmsApiGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SmsApiGateway(config("smsapi", server, null), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void pollsStatusesWithIdsJoinedByBars() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count": 2, "list": [
          {"error": null, "id": "7074294081650020450", "idx": "o123s2", "number": "48327201200",
           "points": 0.165, "status": "QUEUE"},
          {"error": null, "id": "7074294081650020451", "number": "48327201201",
           "points": "0.33", "status": "DELIVERED"}]}""")
            .build());

    // when
    ReportsResult result = gateway.reports(List.of("7074294081650020450", "7074294081650020451"));

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/sms.do");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(form(request))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("status", "7074294081650020450|7074294081650020451", "format", "json"));
    assertThat(result)
        .isEqualTo(
            new ReportsResult.Reports(
                List.of(
                    new DeliveryReport(
                        "7074294081650020450",
                        DeliveryStatus.PENDING,
                        null,
                        "QUEUE",
                        new BigDecimal("0.165")),
                    new DeliveryReport(
                        "7074294081650020451",
                        DeliveryStatus.DELIVERED,
                        null,
                        "DELIVERED",
                        new BigDecimal("0.33")))));
  }

  @Test
  void pollsAtMostAHundredIdsPerRequest() {
    // given
    List<String> ids = IntStream.range(0, 150).mapToObj(i -> "id" + i).toList();
    server.enqueue(new MockResponse.Builder().body("{\"count\":0,\"list\":[]}").build());
    server.enqueue(new MockResponse.Builder().body("{\"count\":0,\"list\":[]}").build());

    // when
    gateway.reports(ids);

    // then
    assertThat(form(taken(server)).get("status").split("\\|")).hasSize(100);
    assertThat(form(taken(server)).get("status").split("\\|")).hasSize(50).startsWith("id100");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "QUEUE, PENDING", "SENT, PENDING", "RENEWAL, PENDING", "DELIVERED, DELIVERED",
    "UNDELIVERED, UNDELIVERED", "FAILED, FAILED", "REJECTED, FAILED", "STOP, FAILED",
    "EXPIRED, EXPIRED", "NOT_FOUND, UNKNOWN", "UNKNOWN, UNKNOWN", "ACCEPTED, UNKNOWN",
    "delivered, DELIVERED", "SOMETHING_NEW, PENDING"
  })
  void mapsEveryDeliveryStatusOfTheReference(String name, DeliveryStatus expected) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"count\":1,\"list\":[{\"error\":null,\"id\":\"42\",\"points\":0.16,\"status\":\""
                    + name
                    + "\"}]}")
            .build());

    // when
    ReportsResult result = gateway.reports(List.of("42"));

    // then
    assertThat(((ReportsResult.Reports) result).reports())
        .singleElement()
        .extracting(DeliveryReport::status)
        .isEqualTo(expected);
  }

  @Test
  void failsThePollOnAnErrorInsideHttp200() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": 101, \"message\": \"Invalid authorization info\"}")
            .build());

    // when
    ReportsResult result = gateway.reports(List.of("42"));

    // then
    assertThat(result)
        .isEqualTo(
            new ReportsResult.Failed(
                "SMSAPI error 101: invalid or missing authorisation (check the API token) (Invalid authorization info)"));
  }

  @Test
  void anIdSmsapiNoLongerKnowsIsReportedUnknownInsteadOfFailingThePoll() {
    // given
    server.enqueue(new MockResponse.Builder().body("ERROR:400").build());

    // when
    ReportsResult result = gateway.reports(List.of("42"));

    // then
    assertThat(((ReportsResult.Reports) result).reports())
        .singleElement()
        .satisfies(r -> assertThat(r.gatewayId()).isEqualTo("42"))
        .satisfies(r -> assertThat(r.status()).isEqualTo(DeliveryStatus.UNKNOWN))
        .satisfies(r -> assertThat(r.detail()).contains("400"));
  }

  @Test
  void oneUnknownIdDoesNotHideTheReportsOfTheOthersInItsBatch() {
    // given SMSAPI refuses any poll that contains id "bad"
    server.setDispatcher(
        new mockwebserver3.Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String ids = form(request).get("status");
            if (ids.contains("bad")) {
              return new MockResponse.Builder()
                  .body("{\"error\": 301, \"message\": \"ID does not exist\"}")
                  .build();
            }
            StringBuilder list = new StringBuilder();
            for (String id : ids.split("\\|")) {
              list.append(list.length() == 0 ? "" : ",")
                  .append("{\"id\":\"")
                  .append(id)
                  .append("\",\"status\":\"DELIVERED\"}");
            }
            return new MockResponse.Builder().body("{\"count\":1,\"list\":[" + list + "]}").build();
          }
        });

    // when
    ReportsResult result = gateway.reports(List.of("a", "b", "bad", "c", "d"));

    // then
    assertThat(((ReportsResult.Reports) result).reports())
        .extracting(DeliveryReport::gatewayId, DeliveryReport::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("a", DeliveryStatus.DELIVERED),
            org.assertj.core.groups.Tuple.tuple("b", DeliveryStatus.DELIVERED),
            org.assertj.core.groups.Tuple.tuple("bad", DeliveryStatus.UNKNOWN),
            org.assertj.core.groups.Tuple.tuple("c", DeliveryStatus.DELIVERED),
            org.assertj.core.groups.Tuple.tuple("d", DeliveryStatus.DELIVERED));
  }

  @Test
  void cannotLookUpByIdxSoTheSenderResendsWithCheckIdx() {
    // when
    LookupResult result = gateway.lookup("o123s2");

    // then
    assertThat(result).isEqualTo(new LookupResult.Unsupported());
    assertThat(server.getRequestCount()).isZero();
  }
}
