package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.TOKEN;
import static pl.ordernotify.gateway.GatewayFixtures.sms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** The token goes into the Authorization header and nowhere else: not logs, not reasons. */
class TokenNeverLoggedTest extends MockServerTest {

  ListAppender<ILoggingEvent> logs;
  Logger gatewayLogger;
  Level previousLevel;

  @BeforeEach
  void start() {
    gatewayLogger = (Logger) LoggerFactory.getLogger("pl.ordernotify.gateway");
    previousLevel = gatewayLogger.getLevel();
    gatewayLogger.setLevel(Level.TRACE);
    logs = new ListAppender<>();
    logs.start();
    gatewayLogger.addAppender(logs);
  }

  @AfterEach
  void stop() {
    gatewayLogger.detachAppender(logs);
    gatewayLogger.setLevel(previousLevel);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "smsapi    | {\"error\": 5555, \"message\": \"bad token TOKEN\", \"number\": \"48600100200\"}",
        "smsapi    | {\"error\": 101, \"message\": \"Invalid authorization info: TOKEN\"}",
        "smsapi    | <html>proxy refused Bearer TOKEN</html>",
        "smsapi    | ERROR:9999 TOKEN",
        "serwersms | {\"error\": {\"code\": 4321, \"message\": \"token TOKEN unknown\"}}",
        "serwersms | {\"error\": {\"code\": 1001, \"message\": \"token TOKEN wrong\"}}",
        "serwersms | {\"success\": true, \"items\": [{\"phone\": \"+48600100200\", \"status\": \"odd TOKEN\"}]}",
        "serwersms | not json at all TOKEN"
      })
  void keepsTheTokenOutOfLogsAndResultsEvenWhenTheGatewayEchoesIt(String provider, String body) {
    // given
    server.enqueue(new MockResponse.Builder().body(body.replace("TOKEN", TOKEN)).build());
    SmsGateway gateway =
        Gateways.create(
            GatewayFixtures.config(provider, server, "Pizzeria"),
            GatewayHttp.newClient(),
            JSON,
            CLOCK);

    // when
    SendResult result = gateway.send(sms("+48600100200", "x"));

    // then
    assertThat(logs.list).as("something was logged").isNotEmpty();
    assertThat(everythingLogged())
        .doesNotContain(TOKEN)
        .doesNotContain("600100200")
        .as("the echoed token was logged, redacted")
        .contains("••••");
    assertThat(result.toString()).doesNotContain(TOKEN);
  }

  @ParameterizedTest
  @CsvSource({"smsapi", "serwersms"})
  void keepsTheTokenOutOfTheConfigAndEveryOtherCall(String provider) {
    // given
    GatewayConfig config = GatewayFixtures.config(provider, server, "Pizzeria");
    SmsGateway gateway = Gateways.create(config, GatewayHttp.newClient(), JSON, CLOCK);
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(401)
              .body("{\"message\": \"bad " + TOKEN + "\"}")
              .build());
    }

    // when
    List<Object> results =
        new ArrayList<>(List.of(gateway.balance(), gateway.senderNames(), gateway.check()));
    results.add(config);

    // then
    assertThat(results.toString()).doesNotContain(TOKEN);
    assertThat(everythingLogged()).doesNotContain(TOKEN);
  }

  private String everythingLogged() {
    return logs.list.stream()
        .map(
            event ->
                event.getFormattedMessage()
                    + " "
                    + (event.getThrowableProxy() == null
                        ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy())))
        .collect(Collectors.joining("\n"));
  }
}
