package pl.ordernotify.gateway.smsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.NOW;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.sms;

import java.math.BigDecimal;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SendResult;

/** How SMSAPI's answers to a send become a {@link SendResult} (smsapi.md §5, §7). */
class SmsApiSendAnswerTest extends MockServerTest {

  static final String SUCCESS =
      """
      {"count": 1, "length": 7, "message": "Message", "parts": 1,
       "list": [{"id": "7074294081650020450", "points": 0.165, "number": "48600100200",
                 "date_sent": 1712570310, "submitted_number": "48600100200", "status": "QUEUE",
                 "error": null, "idx": "o123s2", "parts": 10}]}""";

  SmsApiGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SmsApiGateway(
            config("smsapi", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void acceptsTheDocumentedSuccessWithIdAsTextAndPointsAsCost() {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "Message"));

    // then
    assertThat(result)
        .isEqualTo(new SendResult.Accepted("7074294081650020450", 1, new BigDecimal("0.165")));
  }

  @Test
  void keepsANumericIdAsItsDigits() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"count\":1,\"parts\":1,\"list\":[{\"id\":7074294081650020450,\"points\":0.165,\"error\":null}]}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(((SendResult.Accepted) result).gatewayId()).isEqualTo("7074294081650020450");
  }

  @Test
  void readsPointsGivenAsAStringAndPartsFromTheEntryWhenTheTopHasNone() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count":1,"list":[{"id":"6124CC3C3463351AD569127F","points":"0.3000",
         "number":"48600100200","status":"QUEUE","error":null,"parts":2}]}""")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.Accepted("6124CC3C3463351AD569127F", 2, new BigDecimal("0.3000")));
  }

  @Test
  void picksOurRecipientFromAManyRecipientsAnswer() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count": 2, "list": [
          {"id": "1", "points": 0.1, "number": "48100200300", "date_sent": 1460969712,
           "submitted_number": "48100200300", "status": "QUEUE"},
          {"id": "2", "points": 0.2, "number": "48600100200", "date_sent": 1460969712,
           "submitted_number": "48600100200", "status": "QUEUE"}]}""")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isEqualTo(new SendResult.Accepted("2", 1, new BigDecimal("0.2")));
  }

  @Test
  void treatsAListEntryWithAnErrorAsThatError() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count":0,"list":[{"id":"","points":0,"number":"48600100200","status":"QUEUE","error":13}]}""")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(((SendResult.Rejected) result).code()).isEqualTo("13");
  }

  @Test
  void rejectsAListEntryWithAnEmptyId() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count":1,"list":[{"id":"","points":0.16,"number":"48600100200","status":"QUEUE","error":null}]}""")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.Rejected("NOT_ACCEPTED", "SMSAPI listed the message without an id"));
  }

  @Test
  void rejectsOnTheDocumentedErrorInsideHttp200() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"error": 13, "message": "No correct phone numbers",
         "invalid_numbers": [{"number": "48100200300", "submitted_number": "100200300",
                              "message": "Invalid phone number"}]}""")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.Rejected(
                "13",
                "SMSAPI error 13: no valid recipient"
                    + " (invalid, landline, blacklisted or foreign number) (No correct phone numbers)"));
  }

  @Test
  void pausesOnTheMinimalAuthorisationErrorInsideHttp200() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": 101, \"message\": \"Invalid authorization info\"}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.AccountProblem.class);
    assertThat(((SendResult.AccountProblem) result).code()).isEqualTo("101");
  }

  @Test
  void readsAPlainTextErrorBody() {
    // given
    server.enqueue(new MockResponse.Builder().body("ERROR:105").build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.AccountProblem(
                "105",
                "SMSAPI error 105: the request came from an IP address that is not allowed"));
  }

  @Test
  void readsAnErrorCodeGivenAsAString() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": \"103\", \"message\": \"Brak punktow\"}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.AccountProblem.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{\"count\":1,\"list\":[{\"id\":",
        "<html>Bad gateway</html>",
        "OK:123:0.16",
        "[]",
        "{\"count\":0,\"list\":[]}"
      })
  void callsAnUnreadableOrEmptyAnswerUnknown(String body) {
    // given
    server.enqueue(new MockResponse.Builder().body(body).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Unknown.class);
  }

  @Test
  void rejectsOnHttp400() {
    // given
    server.enqueue(
        new MockResponse.Builder().code(400).body("{\"error\":\"invalid_request_data\"}").build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(new SendResult.Rejected("HTTP_400", "SMSAPI refused the request (HTTP 400)"));
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void pausesOnHttpAuthorisationFailures(int status) {
    // given
    server.enqueue(new MockResponse.Builder().code(status).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.AccountProblem.class);
    assertThat(((SendResult.AccountProblem) result).code()).isEqualTo("HTTP_" + status);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503})
  void retriesLaterOnBusyOrFailingServer(int status) {
    // given
    server.enqueue(new MockResponse.Builder().code(status).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.RetryLater(
                "HTTP_" + status, "SMSAPI is busy or unavailable (HTTP " + status + ")", null));
  }

  @Test
  void waitsAsLongAsRetryAfterAsksOn429() {
    // given
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(((SendResult.RetryLater) result).notBefore()).isEqualTo(NOW.plusSeconds(120));
  }
}
