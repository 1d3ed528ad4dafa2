package pl.ordernotify.gateway.serwersms;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.sms;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SendResult;

/** How SerwerSMS's answers to a send become a {@link SendResult} (serwersms.md §5, §7). */
class SerwerSmsSendAnswerTest extends MockServerTest {

  static final String SUCCESS =
      """
      {"success": true, "queued": 1, "unsent": 0,
       "items": [{"id": "aca3944055", "phone": "+48600100200", "status": "queued",
                  "queued": "2024-05-10 12:00:00", "parts": 1, "text": "Twoje zamowienie jest w drodze"}]}""";

  SerwerSmsGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SerwerSmsGateway(
            config("serwersms", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void acceptsTheDocumentedSuccess() {
    // given
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isEqualTo(new SendResult.Accepted("aca3944055", 1, null));
  }

  @Test
  void decidesByOurItemInAPartialFailure() {
    // given
    String partial =
        """
        {"success": true, "queued": 1, "unsent": 1, "items": [
          {"id": "aca3944055", "phone": "+48500600700", "status": "queued", "parts": 1},
          {"phone": "+48600100200", "status": "unsent", "error_code": 2001, "error_message": "Invalid phone"}]}""";
    server.enqueue(new MockResponse.Builder().body(partial).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.Rejected(
                "2001", "SerwerSMS error 2001: invalid phone number (Invalid phone)"));
  }

  @Test
  void rejectsAnUnsentItemEvenWhenSuccessIsTrue() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"success": true, "queued": 0, "unsent": 1,
         "items": [{"phone": "+48600100200", "status": "unsent", "error_message": "Blocked"}]}""")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.Rejected("UNSENT", "SerwerSMS did not send the message (Blocked)"));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 400, 401, 500})
  void readsAnErrorObjectWhateverTheHttpStatus(int status) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .body(
                "{\"error\": {\"code\": 1001, \"type\": \"InvalidUser\", \"message\": \"Incorrect login or password\"}}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.AccountProblem(
                "1001",
                "SerwerSMS error 1001: wrong login, password or API token (Incorrect login or password)"));
  }

  @Test
  void pausesOnTheInvalidActionExample() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"error\": {\"code\": 1000, \"type\": \"InvalidAction\", \"message\": \"Not specified action to execute\"}}")
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
        "{\"success\": true, \"queued\": 1, \"unsent\": 0}",
        "{\"success\": true, \"items\": [",
        "not json",
        "{\"success\": false}",
        "{\"success\":true,\"items\":[{\"status\":\"queued\",\"phone\":\"+48600100200\"}]}"
      })
  void callsAnEmptyUnreadableOrItemlessAnswerUnknown(String body) {
    // given
    server.enqueue(new MockResponse.Builder().body(body).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Unknown.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503})
  void retriesLaterOnBusyOrFailingServer(int status) {
    // given
    server.enqueue(new MockResponse.Builder().code(status).body("<html>oops</html>").build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.RetryLater.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 405, 422})
  void rejectsOnOtherClientErrors(int status) {
    // given
    server.enqueue(new MockResponse.Builder().code(status).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(
            new SendResult.Rejected(
                "HTTP_" + status, "SerwerSMS refused the request (HTTP " + status + ")"));
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void pausesWhenTheTokenIsRefusedAtHttpLevel(int status) {
    // given
    server.enqueue(new MockResponse.Builder().code(status).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.AccountProblem.class);
  }
}
