package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.gateway.GatewayFixtures;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.smsapi.SmsApiGateway;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * DESIGN §10: SMSAPI's blacklist (57) and opt-out list (59) answers withdraw consent with source
 * GATEWAY.
 */
class SmsApiOptOutTest extends MockServerTest {

  @ParameterizedTest(name = "SMSAPI error {0}")
  @ValueSource(ints = {57, 59})
  void anOptOutAnswerFromSmsapiWithdrawsMarketingConsent(int code) {
    try (SenderFixture f = new SenderFixture(FakeGateway.smsapi())) {
      // given a customer with consent, an order SMS due, and SMSAPI answering with the error
      SmsApiGateway smsapi =
          new SmsApiGateway(
              GatewayFixtures.config("smsapi", server, null),
              GatewayHttp.newClient(),
              GatewayFixtures.JSON,
              f.clock);
      SenderService sender =
          new SenderService(
              SenderSettings.defaults().withHolder("till").withParallelSends(1),
              f.db,
              SenderParts.of(() -> smsapi, new Renderer()),
              f.clock);
      sender.runPassesOnce();
      f.enable(Stage.ACCEPTED, 0, 30);
      long anna = f.customer("Anna Nowak", "600100200");
      ConsentService consent = new ConsentService(f.db, f.clock);
      consent.setConsent(
          anna, true, new ConsentService.Origin(ConsentSource.CONSOLE, "Kasia", null));
      server.enqueue(
          new MockResponse.Builder()
              .body("{\"error\": " + code + ", \"message\": \"Recipient opted out\"}")
              .build());
      long order = f.order(anna);
      f.status(order, OrderStatus.ACCEPTED);

      // when the sender sends it
      sender.runPassesOnce();
      sender.close();

      // then the SMS failed with the code and her consent is withdrawn, with the gateway's answer
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.FAILED);
      assertThat(f.only(order).gatewayCode()).isEqualTo(String.valueOf(code));
      assertThat(consent.history(anna))
          .last()
          .satisfies(
              e -> {
                assertThat(e.source()).isEqualTo(ConsentSource.GATEWAY);
                assertThat(e.newValue()).isFalse();
                assertThat(e.detail()).contains("error " + code);
              });
    }
  }
}
