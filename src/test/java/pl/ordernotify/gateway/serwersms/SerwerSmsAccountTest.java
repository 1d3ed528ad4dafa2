package pl.ordernotify.gateway.serwersms;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.json;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import java.math.BigDecimal;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SenderNamesResult.SenderName;

/** Limits, sender names and the token check (serwersms.md §5.4, §5.5). */
class SerwerSmsAccountTest extends MockServerTest {

  static final String LIMITS =
      """
      {"account": {"type": "prepaid"},
       "items": [
         {"type": "eco",    "chars_limit": "918/6", "value": "no_limit"},
         {"type": "full",   "chars_limit": "918/6", "value": "40"},
         {"type": "voice",  "chars_limit": "160/1", "value": "not_available"},
         {"type": "mms",    "chars_limit": "40/1",  "value": "6"},
         {"type": "lookup", "chars_limit": "nd",    "value": "20"},
         {"type": "hlr",    "chars_limit": "nd",    "value": "70"}]}""";

  SerwerSmsGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SerwerSmsGateway(
            config("serwersms", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  @Test
  void describesTheFullSmsLimitAsTheBalance() {
    // given
    server.enqueue(new MockResponse.Builder().body(LIMITS).build());

    // when
    BalanceResult result = gateway.balance();

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getTarget()).isEqualTo("/account/limits.json");
    assertThat(json(request)).isEqualTo(JSON.createObjectNode().put("show_type", true));
    assertThat(result)
        .isEqualTo(
            new BalanceResult.Balance(new BigDecimal("40"), "FULL SMS: 40 left; ECO+: no limit"));
  }

  @ParameterizedTest
  @CsvSource({
    "no_limit, , FULL SMS: no limit",
    "not_available, 0, FULL SMS: not available on this account"
  })
  void readsTheSpecialLimitWords(String value, BigDecimal amount, String description) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"items\": [{\"type\": \"full\", \"chars_limit\": \"918/6\", \"value\": \""
                    + value
                    + "\"}]}")
            .build());

    // when
    BalanceResult result = gateway.balance();

    // then
    assertThat(result).isEqualTo(new BalanceResult.Balance(amount, description));
  }

  @Test
  void failsTheBalanceWithoutAFullLine() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"items\": [{\"type\": \"eco\", \"value\": \"5\"}]}")
            .build());

    // when
    BalanceResult result = gateway.balance();

    // then
    assertThat(result).isInstanceOf(BalanceResult.Failed.class);
  }

  @Test
  void listsSenderNamesWithOnlyAuthorisedOnesUsable() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"items": [
          {"name": "Testowa", "agreement": "not_required", "status": "pending_authorization"},
          {"name": "SerwerSMSpl", "agreement": "delivered", "status": "authorized"}]}""")
            .build());

    // when
    SenderNamesResult result = gateway.senderNames();

    // then
    RecordedRequest request = taken(server);
    assertThat(request.getTarget()).isEqualTo("/senders/index.json");
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(result)
        .isEqualTo(
            new SenderNamesResult.Names(
                List.of(
                    new SenderName("Testowa", false, "pending_authorization"),
                    new SenderName("SerwerSMSpl", true, "authorized"))));
  }

  @Test
  void checksTheTokenWithTheLimitsCall() {
    // given
    server.enqueue(new MockResponse.Builder().body(LIMITS).build());
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"error\": {\"code\": 1001, \"type\": \"InvalidUser\", \"message\": \"Incorrect login or password\"}}")
            .build());

    // when
    CheckResult ok = gateway.check();
    CheckResult refused = gateway.check();

    // then
    assertThat(taken(server).getTarget()).isEqualTo("/account/limits.json");
    assertThat(ok)
        .isEqualTo(
            new CheckResult.Ok(
                "SerwerSMS accepted the API token; FULL SMS: 40 left; ECO+: no limit"));
    assertThat(refused)
        .isEqualTo(
            new CheckResult.Failed(
                "1001",
                "SerwerSMS error 1001: wrong login, password or API token (Incorrect login or password)"));
  }
}
