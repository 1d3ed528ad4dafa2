package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;

import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.gateway.dryrun.DryRunGateway;
import pl.ordernotify.gateway.serwersms.SerwerSmsGateway;
import pl.ordernotify.gateway.smsapi.SmsApiGateway;

class GatewaysTest {

  final OkHttpClient http = GatewayHttp.newClient();

  @Test
  void buildsTheGatewayTheSettingsName() {
    // then
    assertThat(Gateways.create(GatewayConfig.of("smsapi", "t", null, false), http, JSON))
        .isInstanceOf(SmsApiGateway.class)
        .extracting(SmsGateway::provider)
        .isEqualTo("smsapi");
    assertThat(Gateways.create(GatewayConfig.of("SerwerSMS", "t", "Pizzeria", false), http, JSON))
        .isInstanceOf(SerwerSmsGateway.class)
        .extracting(SmsGateway::provider)
        .isEqualTo("serwersms");
    assertThat(Gateways.create(GatewayConfig.of("dry-run", null, null, false), http, JSON))
        .isInstanceOf(DryRunGateway.class);
  }

  @Test
  void refusesAnUnknownProvider() {
    // when / then
    assertThatThrownBy(
            () -> Gateways.create(GatewayConfig.of("twilio", "t", null, false), http, JSON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use smsapi, serwersms or dry-run");
  }

  @Test
  void defaultsToEachProvidersPublicAddress() {
    // then
    assertThat(GatewayConfig.of("smsapi", "t", null, false).baseUrl())
        .hasToString("https://api.smsapi.pl/");
    assertThat(GatewayConfig.of("serwersms", "t", null, false).baseUrl())
        .hasToString("https://api2.serwersms.pl/");
    assertThat(GatewayConfig.of("dry-run", "", null, false).baseUrl()).isNull();
  }

  @Test
  void neverShowsTheTokenInTheSettingsText() {
    // given
    GatewayConfig config =
        new GatewayConfig(
            "smsapi",
            HttpUrl.get("http://localhost:1/"),
            "very-secret-token-42\n",
            " Pizzeria ",
            true);

    // then
    assertThat(config.toString())
        .doesNotContain("very-secret")
        .contains("token=••••")
        .contains("Pizzeria");
    assertThat(config.token()).isEqualTo("very-secret-token-42");
    assertThat(config.senderName()).isEqualTo("Pizzeria");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc def-secret", "abc\tdef-secret", "zażółć-def-secret"})
  void refusesATokenThatCouldNotGoIntoAHeaderWithoutQuotingIt(String token) {
    // when / then
    assertThatThrownBy(() -> GatewayConfig.of("smsapi", token, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("def-secret");
  }

  @Test
  void sharesOneClientWithTheAgreedTimeouts() {
    // then
    assertThat(http.connectTimeoutMillis()).isEqualTo(Duration.ofSeconds(5).toMillis());
    assertThat(http.writeTimeoutMillis()).isEqualTo(Duration.ofSeconds(10).toMillis());
    assertThat(http.readTimeoutMillis()).isEqualTo(Duration.ofSeconds(15).toMillis());
    assertThat(http.callTimeoutMillis()).isEqualTo(Duration.ofSeconds(30).toMillis());
    assertThat(GatewayHttp.userAgent()).isEqualTo("OrderNotify/dev");
  }
}
