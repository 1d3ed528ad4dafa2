package pl.ordernotify.gateway.smsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import java.math.BigDecimal;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SenderNamesResult.SenderName;

/** Profile balance, sender names and ping: the REST side (smsapi.md §5.4, §5.6). */
class SmsApiAccountTest extends MockServerTest {

  SmsApiGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SmsApiGateway(config("smsapi", server, null), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void readsPointsFromTheProfileAsTheBalance() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"name": "test", "email": "test", "username": "test", "phone_number": "100200300",
         "payment_type": "prepaid", "user_type": "native", "points": 123.450}""")
            .build());

    // when
    BalanceResult result = gateway.balance();

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/profile");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(result)
        .isEqualTo(new BalanceResult.Balance(new BigDecimal("123.45"), "123.45 points"));
  }

  @Test
  void explainsARestErrorWithItsRealHttpStatus() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body(
                """
        {"message": "Authorization failed", "error": "authorization_failed",
         "developer_description": null, "errors": []}""")
            .build());

    // when
    BalanceResult result = gateway.balance();

    // then
    assertThat(result)
        .isEqualTo(
            new BalanceResult.Failed(
                "HTTP_401",
                "SMSAPI refused the API token (HTTP 401)."
                    + " Check the token in the gateway settings. SMSAPI says: Authorization failed"));
  }

  @Test
  void explainsTheDocumentedValidationError() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body(
                """
        {"message": "This value should not be blank.", "error": "invalid_request_data",
         "developer_description": null,
         "errors": [{"message": "This value should not be blank.", "error": "This value should not be blank.",
                     "path": "credentials[password]", "value": ""}]}""")
            .build());

    // when
    SenderNamesResult result = gateway.senderNames();

    // then
    assertThat(result)
        .isEqualTo(
            new SenderNamesResult.Failed(
                "HTTP_400",
                "SMSAPI answered HTTP 400 without the expected data. SMSAPI says: This value should not be blank."));
  }

  @Test
  void listsSenderNamesWithOnlyActiveOnesUsable() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"size": 3, "collection": [
          {"sender": "test", "is_default": false, "status": "ACTIVE", "created_at": "1970-01-01T00:00:00+01:00"},
          {"sender": "Pizzeria", "is_default": true, "status": "active"},
          {"sender": "Nowa", "is_default": false, "status": "PENDING"}]}""")
            .build());

    // when
    SenderNamesResult result = gateway.senderNames();

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/sms/sendernames");
    assertThat(result)
        .isEqualTo(
            new SenderNamesResult.Names(
                List.of(
                    new SenderName("test", true, "ACTIVE"),
                    new SenderName("Pizzeria", true, "active"),
                    new SenderName("Nowa", false, "PENDING"))));
  }

  @Test
  void checksTheTokenWithPing() {
    // given
    server.enqueue(
        new MockResponse.Builder().body("{\"authorized\": true, \"unavailable\": []}").build());
    server.enqueue(
        new MockResponse.Builder().body("{\"authorized\": false, \"unavailable\": []}").build());

    // when
    CheckResult accepted = gateway.check();
    CheckResult refused = gateway.check();

    // then
    assertThat(taken(server).getTarget()).isEqualTo("/ping");
    assertThat(accepted).isEqualTo(new CheckResult.Ok("SMSAPI accepted the API token"));
    assertThat(refused).isInstanceOf(CheckResult.Failed.class);
  }

  @Test
  void failsTheCheckWhenThePingAnswerIsNotJson() {
    // given
    server.enqueue(new MockResponse.Builder().body("<html>maintenance</html>").build());

    // when
    CheckResult result = gateway.check();

    // then
    assertThat(result)
        .isEqualTo(
            new CheckResult.Failed(
                "UNREADABLE", "SMSAPI answered with something that is not the expected JSON."));
  }
}
