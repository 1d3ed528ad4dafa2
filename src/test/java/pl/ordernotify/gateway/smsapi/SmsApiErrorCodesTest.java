package pl.ordernotify.gateway.smsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.NOW;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.sms;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SendResult;

/** Every row of smsapi.md §7, as an error inside HTTP 200 and in the plain-text form. */
class SmsApiErrorCodesTest extends MockServerTest {

  SmsApiGateway gateway;

  @BeforeEach
  void start() {
    gateway =
        new SmsApiGateway(config("smsapi", server, null), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @ParameterizedTest(name = "error {0} -> {1}")
  @CsvSource({
    "7, AccountProblem",
    "8, RetryLater",
    "11, Rejected",
    "12, Rejected",
    "13, Rejected",
    "14, AccountProblem",
    "17, Rejected",
    "18, Rejected",
    "19, Rejected",
    "20, Rejected",
    "25, Rejected",
    "27, Rejected",
    "28, Rejected",
    "30, Rejected",
    "32, Rejected",
    "33, Rejected",
    "40, Rejected",
    "41, Rejected",
    "50, Rejected",
    "52, RetryLater",
    "53, Duplicate",
    "54, Rejected",
    "56, Rejected",
    "57, Rejected",
    "59, Rejected",
    "70, AccountProblem",
    "72, Rejected",
    "74, Rejected",
    "76, Rejected",
    "93, Rejected",
    "94, AccountProblem",
    "98, AccountProblem",
    "101, AccountProblem",
    "102, AccountProblem",
    "103, AccountProblem",
    "104, Rejected",
    "105, AccountProblem",
    "106, Rejected",
    "110, AccountProblem",
    "112, Rejected",
    "200, RetryLater",
    "201, RetryLater",
    "202, RetryLater",
    "203, RetryLater",
    "300, Rejected",
    "301, Rejected",
    "400, Rejected",
    "401, AccountProblem",
    "409, Rejected",
    "666, RetryLater",
    "997, AccountProblem",
    "998, RetryLater",
    "999, RetryLater",
    "1000, AccountProblem",
    "1001, Rejected",
    "1010, Rejected",
    "1100, Rejected",
    "1193, Rejected",
    "2001, Rejected",
    "2115, Rejected",
    "4000, Rejected",
    "4280, Rejected",
    "55, Rejected",
    "1194, Rejected",
    "3000, Rejected",
    "99999, Rejected"
  })
  void classifiesTheErrorCodeAsTheReferenceTableSays(int code, String expected) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": " + code + ", \"message\": \"text varies\"}")
            .build());
    server.enqueue(new MockResponse.Builder().body("ERROR:" + code).build());

    // when
    SendResult inJson = gateway.send(sms("+48600100200", "x"));
    SendResult inPlainText = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(inJson.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(inPlainText.getClass().getSimpleName()).isEqualTo(expected);
    if (!(inJson instanceof SendResult.Duplicate)) {
      assertThat(inJson.toString()).contains("code=" + code);
    }
  }

  @Test
  void waitsAMinuteAfterTooManyAttemptsToOneNumber() {
    // given
    server.enqueue(
        new MockResponse.Builder().body("{\"error\": 52, \"message\": \"Too many\"}").build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(((SendResult.RetryLater) result).notBefore()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void leavesOtherTransientErrorsToTheSendersBackOff() {
    // given
    server.enqueue(new MockResponse.Builder().body("{\"error\": 201}").build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(((SendResult.RetryLater) result).notBefore()).isNull();
  }

  @Test
  void treatsAReusedIdxAsAlreadySentWithoutAnId() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": 53, \"message\": \"idx already used\"}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isEqualTo(new SendResult.Duplicate(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{\"error\": 5555, \"message\": \"new\"}", "{\"error\": \"weird_thing\"}"})
  void failsOnlyThisMessageOnAnUnknownCode(String body) {
    // given
    server.enqueue(new MockResponse.Builder().body(body).build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(((SendResult.Rejected) result).reason()).contains("unknown error");
  }

  @Test
  void ignoresAZeroErrorField() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"error\":0,\"count\":1,\"list\":[{\"id\":\"5\",\"points\":0.16,\"number\":\"48600100200\"}]}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.Accepted.class);
  }
}
