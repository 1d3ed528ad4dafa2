package pl.ordernotify.gateway.smsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.form;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SenderNamesResult.SenderName;

class SmsApiQueriesTest {

  MockWebServer server;
  SmsApiGateway gateway;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    gateway = new SmsApiGateway(config("smsapi", server, null), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void pollsStatusesWithIdsJoinedByBars() {
    // given
    server.enqueue(new MockResponse().setBody("""
        {"count": 2, "list": [
          {"error": null, "id": "7074294081650020450", "idx": "o123s2", "number": "48327201200",
           "points": 0.165, "status": "QUEUE"},
          {"error": null, "id": "7074294081650020451", "number": "48327201201",
           "points": "0.33", "status": "DELIVERED"}]}"""));

    // when
    ReportsResult result = gateway.reports(List.of("7074294081650020450", "7074294081650020451"));

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/sms.do");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "status", "7074294081650020450|7074294081650020451", "format", "json"));
    assertThat(result).isEqualTo(new ReportsResult.Reports(List.of(
        new DeliveryReport("7074294081650020450", DeliveryStatus.PENDING, null, "QUEUE", new BigDecimal("0.165")),
        new DeliveryReport("7074294081650020451", DeliveryStatus.DELIVERED, null, "DELIVERED", new BigDecimal("0.33")))));
  }

  @Test
  void pollsAtMostAHundredIdsPerRequest() {
    // given
    List<String> ids = IntStream.range(0, 150).mapToObj(i -> "id" + i).toList();
    server.enqueue(new MockResponse().setBody("{\"count\":0,\"list\":[]}"));
    server.enqueue(new MockResponse().setBody("{\"count\":0,\"list\":[]}"));

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
      "delivered, DELIVERED", "SOMETHING_NEW, PENDING"})
  void mapsEveryDeliveryStatusOfTheReference(String name, DeliveryStatus expected) {
    // given
    server.enqueue(new MockResponse().setBody(
        "{\"count\":1,\"list\":[{\"error\":null,\"id\":\"42\",\"points\":0.16,\"status\":\"" + name + "\"}]}"));

    // when
    ReportsResult result = gateway.reports(List.of("42"));

    // then
    assertThat(((ReportsResult.Reports) result).reports()).singleElement()
        .extracting(DeliveryReport::status).isEqualTo(expected);
  }

  @Test
  void failsThePollOnAnErrorInsideHttp200() {
    // given
    server.enqueue(new MockResponse().setBody("{\"error\": 101, \"message\": \"Invalid authorization info\"}"));

    // when
    ReportsResult result = gateway.reports(List.of("42"));

    // then
    assertThat(result).isEqualTo(new ReportsResult.Failed(
        "SMSAPI error 101: invalid or missing authorisation (check the API token) (Invalid authorization info)"));
  }

  @Test
  void failsThePollOnAPlainTextError() {
    // given
    server.enqueue(new MockResponse().setBody("ERROR:400"));

    // when
    ReportsResult result = gateway.reports(List.of("42"));

    // then
    assertThat(result).isEqualTo(new ReportsResult.Failed("SMSAPI error 400: invalid message id in a status query"));
  }

  @Test
  void readsPointsFromTheProfileAsTheBalance() {
    // given
    server.enqueue(new MockResponse().setBody("""
        {"name": "test", "email": "test", "username": "test", "phone_number": "100200300",
         "payment_type": "prepaid", "user_type": "native", "points": 123.450}"""));

    // when
    BalanceResult result = gateway.balance();

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/profile");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(result).isEqualTo(new BalanceResult.Balance(new BigDecimal("123.45"), "123.45 points"));
  }

  @Test
  void explainsARestErrorWithItsRealHttpStatus() {
    // given
    server.enqueue(new MockResponse().setResponseCode(401).setBody("""
        {"message": "Authorization failed", "error": "authorization_failed",
         "developer_description": null, "errors": []}"""));

    // when
    BalanceResult result = gateway.balance();

    // then
    assertThat(result).isEqualTo(new BalanceResult.Failed("HTTP_401", "SMSAPI refused the API token (HTTP 401)."
        + " Check the token in the gateway settings. SMSAPI says: Authorization failed"));
  }

  @Test
  void listsSenderNamesWithOnlyActiveOnesUsable() {
    // given
    server.enqueue(new MockResponse().setBody("""
        {"size": 3, "collection": [
          {"sender": "test", "is_default": false, "status": "ACTIVE", "created_at": "1970-01-01T00:00:00+01:00"},
          {"sender": "Pizzeria", "is_default": true, "status": "active"},
          {"sender": "Nowa", "is_default": false, "status": "PENDING"}]}"""));

    // when
    SenderNamesResult result = gateway.senderNames();

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/sms/sendernames");
    assertThat(result).isEqualTo(new SenderNamesResult.Names(List.of(
        new SenderName("test", true, "ACTIVE"), new SenderName("Pizzeria", true, "active"),
        new SenderName("Nowa", false, "PENDING"))));
  }

  @Test
  void checksTheTokenWithPing() {
    // given
    server.enqueue(new MockResponse().setBody("{\"authorized\": true, \"unavailable\": []}"));
    server.enqueue(new MockResponse().setBody("{\"authorized\": false, \"unavailable\": []}"));

    // when
    CheckResult accepted = gateway.check();
    CheckResult refused = gateway.check();

    // then
    assertThat(taken(server).getPath()).isEqualTo("/ping");
    assertThat(accepted).isEqualTo(new CheckResult.Ok("SMSAPI accepted the API token"));
    assertThat(refused).isInstanceOf(CheckResult.Failed.class);
  }

  @Test
  void failsTheCheckWhenThePingAnswerIsNotJson() {
    // given
    server.enqueue(new MockResponse().setBody("<html>maintenance</html>"));

    // when
    CheckResult result = gateway.check();

    // then
    assertThat(result).isEqualTo(new CheckResult.Failed("UNREADABLE",
        "SMSAPI answered with something that is not the expected JSON."));
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
