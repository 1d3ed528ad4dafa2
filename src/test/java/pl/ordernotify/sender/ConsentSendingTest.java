package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.customers.ConsentEvent;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.ThankYouOffer;
import pl.ordernotify.testsupport.FakeGateway;

/** DESIGN §3 and §10 at send time: THANK_YOU as marketing, and a gateway's opt-out answer. */
class ConsentSendingTest {

  private SenderFixture f;

  @AfterEach
  void close() {
    f.close();
  }

  private ConsentService consent() {
    return new ConsentService(f.db, f.clock);
  }

  /** A delivered order of a customer; the THANK_YOU comes due three days later. */
  private long thankYouDue(long customer) {
    long order = f.order(customer, null, Instant.parse("2025-03-10T11:00:00Z"));
    f.status(order, OrderStatus.DELIVERED);
    f.sender.runPassesOnce();
    f.clock.set(Instant.parse("2025-03-13T11:00:00Z"));
    f.sender.runPassesOnce();
    return order;
  }

  @Test
  void thankYouGoesOnlyToCustomersWithMarketingConsent() {
    // given THANK_YOU on (it carries an offer by default), one customer with consent and one
    // without
    f = SenderFixture.started(FakeGateway.smsapi());
    f.enable(Stage.THANK_YOU, 0, 1440);
    long anna = f.customer("Anna Nowak", "600100200");
    long jan = f.customer("Jan Kowalski", "600100201");
    consent()
        .setConsent(anna, true, new ConsentService.Origin(ConsentSource.CONSOLE, "Kasia", null));

    // when both orders' thank-yous come due
    long annasOrder = f.order(anna, null, Instant.parse("2025-03-10T11:00:00Z"));
    long jansOrder = f.order(jan, null, Instant.parse("2025-03-10T11:00:00Z"));
    f.status(annasOrder, OrderStatus.DELIVERED);
    f.status(jansOrder, OrderStatus.DELIVERED);
    f.sender.runPassesOnce();
    f.clock.set(Instant.parse("2025-03-13T11:00:00Z"));
    f.sender.runPassesOnce();

    // then only Anna's is sent; Jan's says why not
    assertThat(f.gateway.requests()).extracting(r -> r.to()).containsExactly("+48600100200");
    assertThat(f.only(annasOrder).status()).isEqualTo(MessageStatus.SENT);
    Message skipped = f.only(jansOrder);
    assertThat(skipped.status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(skipped.reason()).isEqualTo("NO_CONSENT");
  }

  @Test
  void thankYouWithoutAnOfferGoesToCustomersWithoutConsent() {
    // given the manager says the thank-you carries no offer
    f = SenderFixture.started(FakeGateway.smsapi());
    f.enable(Stage.THANK_YOU, 0, 1440);
    new ThankYouOffer(f.db).set(false);

    // when a customer without consent has a thank-you due
    long order = thankYouDue(f.customer("Jan Kowalski", "600100201"));

    // then it is sent
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    assertThat(new ThankYouOffer(f.db).carriesOffer()).isFalse();
  }

  @Test
  void smsapiSayingTheNumberIsOnItsOptOutListWithdrawsConsent() {
    // given a customer with consent, and SMSAPI answering 59 (opt-out list) then 57 (blacklist)
    f = SenderFixture.started(FakeGateway.smsapi());
    f.enable(Stage.ACCEPTED, 0, 30);
    long anna = f.customer("Anna Nowak", "600100200");
    consent()
        .setConsent(anna, true, new ConsentService.Origin(ConsentSource.CONSOLE, "Kasia", null));
    f.gateway.next(
        FakeGateway.answer(new SendResult.Rejected("59", "the number is on the opt-out list")));

    // when her order's SMS is refused
    long order = f.order(anna);
    f.status(order, OrderStatus.ACCEPTED);
    f.sender.runPassesOnce();

    // then the message failed with the code, and her consent is withdrawn with source GATEWAY
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.FAILED);
    assertThat(consent().history(anna))
        .last()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(ConsentSource.GATEWAY);
              assertThat(e.newValue()).isFalse();
              assertThat(e.detail()).contains("59");
            });
    // a second refusal (57) records nothing more: consent is already off
    f.gateway.next(
        FakeGateway.answer(
            new SendResult.Rejected("57", "the number is on the account's blacklist")));
    f.advance(Duration.ofMinutes(1));
    long second = f.order(anna);
    f.status(second, OrderStatus.ACCEPTED);
    f.sender.runPassesOnce();
    assertThat(consent().history(anna))
        .extracting(ConsentEvent::source)
        .containsExactly(ConsentSource.CONSOLE, ConsentSource.GATEWAY);
  }

  @Test
  void aPosChangeOfConsentIsRecordedByTheSendersPass() {
    // given
    f = SenderFixture.started(FakeGateway.smsapi());
    long anna = f.customer("Anna Nowak", "600100200");
    f.sender.runPassesOnce();

    // when the POS gives consent and the sender passes twice
    f.sql("UPDATE customer SET marketing_consent = TRUE WHERE id = ?", anna);
    f.sender.runPassesOnce();
    f.sender.runPassesOnce();

    // then it is recorded once, as POS
    assertThat(consent().history(anna))
        .extracting(ConsentEvent::source)
        .containsExactly(ConsentSource.POS);
  }
}
