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
import org.junit.jupiter.params.provider.CsvSource;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SendResult;

/**
 * Every row of serwersms.md §7 (and the numeric reasons of §6), as an error object and per item.
 */
class SerwerSmsErrorCodesTest extends MockServerTest {

  SerwerSmsGateway gateway;

  @BeforeEach
  void start() {
    gateway =
        new SerwerSmsGateway(
            config("serwersms", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @ParameterizedTest(name = "error {0} -> {1}")
  @CsvSource({
    "1000, AccountProblem",
    "1001, AccountProblem",
    "1002, AccountProblem",
    "1003, AccountProblem",
    "1004, Rejected",
    "1005, AccountProblem",
    "1006, Rejected",
    "1007, AccountProblem",
    "1008, AccountProblem",
    "2000, Rejected",
    "2001, Rejected",
    "2002, Rejected",
    "3000, AccountProblem",
    "3001, AccountProblem",
    "3002, AccountProblem",
    "3003, AccountProblem",
    "3004, AccountProblem",
    "3005, AccountProblem",
    "3006, AccountProblem",
    "3007, AccountProblem",
    "3008, AccountProblem",
    "3009, AccountProblem",
    "3100, AccountProblem",
    "3101, Rejected",
    "3102, Rejected",
    "2003, Rejected",
    "2004, RetryLater",
    "2005, Rejected",
    "2200, Rejected",
    "2201, AccountProblem",
    "2202, AccountProblem",
    "2203, Rejected",
    "2204, RetryLater",
    "2205, AccountProblem",
    "2206, Rejected",
    "2207, Rejected",
    "2208, AccountProblem",
    "3103, Rejected",
    "4001, Rejected",
    "999, Rejected"
  })
  void classifiesTheCodeAsTheReferenceTableSays(int code, String expected) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"error\": {\"code\": "
                    + code
                    + ", \"type\": \"SendError\", \"message\": \"localised text\"}}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"success\": true, \"queued\": 0, \"unsent\": 1, \"items\": "
                    + "[{\"phone\": \"+48600100200\", \"status\": \"unsent\", \"error_code\": \""
                    + code
                    + "\"}]}")
            .build());

    // when
    SendResult asErrorObject = gateway.send(sms("+48600100200", "x"));
    SendResult asUnsentItem = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(asErrorObject.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(asUnsentItem.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(asErrorObject.toString()).contains("code=" + code);
  }

  @Test
  void failsOnlyThisMessageOnAnUnknownCode() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": {\"code\": 3150, \"type\": \"SendError\"}}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result)
        .isEqualTo(new SendResult.Rejected("3150", "SerwerSMS error 3150: unknown error"));
  }

  @Test
  void retriesAnUnknownCodeThatCameWithABusyStatus() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .body("{\"error\": {\"code\": 5000, \"type\": \"Maintenance\"}}")
            .build());

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(result).isInstanceOf(SendResult.RetryLater.class);
  }
}
