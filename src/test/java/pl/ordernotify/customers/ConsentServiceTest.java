package pl.ordernotify.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsentServiceTest {

  private final ConsentFixture f = new ConsentFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void consentGivenAtTheTillRecordsWhoWhenAndWhichWording() {
    // given a customer never asked
    long id = f.customer("Anna Nowak", "600 100 200");

    // when staff record her consent
    ConsentService.Result r = f.consent.setConsent(id, true, f.by(ConsentSource.CONSOLE, "Kasia"));

    // then the change and its proof are there
    assertThat(r.changed()).containsExactly(ConsentField.MARKETING_CONSENT);
    assertThat(f.get(id).marketingConsent()).isTrue();
    List<ConsentEvent> history = f.consent.history(id);
    assertThat(history)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(ConsentSource.CONSOLE);
              assertThat(e.staff()).isEqualTo("Kasia");
              assertThat(e.newValue()).isTrue();
              assertThat(e.phone()).isEqualTo("600 100 200");
              assertThat(e.occurredAt()).isEqualTo(f.clock.instant());
              assertThat(e.wordingVersion()).isEqualTo(1);
              assertThat(e.wording()).contains("Pizzeria Roma").contains("STOP");
            });
    assertThat(f.consent.state(f.get(id))).isEqualTo(ConsentState.GIVEN);
  }

  @Test
  void neverAskedIsToldApartFromWithdrawn() {
    // given two customers without consent, one of whom withdrew it
    long never = f.customer("Jan Kowalski", "600 100 201");
    long withdrew = f.customer("Ewa Lis", "600 100 202");
    f.consent.setConsent(withdrew, true, f.by(ConsentSource.CLI, "szef"));
    f.consent.setConsent(withdrew, false, f.by(ConsentSource.CLI, "szef"));

    // then
    assertThat(f.consent.state(f.get(never))).isEqualTo(ConsentState.NEVER_ASKED);
    assertThat(f.consent.state(f.get(withdrew))).isEqualTo(ConsentState.WITHDRAWN);
    assertThat(f.consent.history(withdrew))
        .extracting(ConsentEvent::newValue)
        .containsExactly(true, false);
  }

  @Test
  void optingOutEndsConsentAndConsentIsRefusedWhileOptedOut() {
    // given a customer with consent
    long id = f.customer("Anna Nowak", "600 100 200");
    f.consent.setConsent(id, true, f.by(ConsentSource.CONSOLE, "Kasia"));

    // when she opts out
    ConsentService.Result r = f.consent.setOptOut(id, true, f.by(ConsentSource.CONSOLE, "Kasia"));

    // then opt-out wins, and consent cannot be given again while it stands
    assertThat(r.changed())
        .containsExactly(ConsentField.SMS_OPT_OUT, ConsentField.MARKETING_CONSENT);
    assertThat(f.get(id).marketingConsent()).isFalse();
    assertThat(f.consent.history(id).get(2).detail()).contains("Opt-out wins");
    assertThatThrownBy(() -> f.consent.setConsent(id, true, f.by(ConsentSource.CLI, null)))
        .isInstanceOfSatisfying(
            ConsentRefusedException.class,
            e -> assertThat(e.code()).isEqualTo(ConsentRefusedException.OPTED_OUT));
    assertThat(f.consent.history(id)).hasSize(3);
    assertThat(f.consent.state(f.get(id))).isEqualTo(ConsentState.OPTED_OUT);
  }

  @Test
  void settingWhatIsAlreadySetRecordsNothing() {
    // given
    long id = f.customer("Anna Nowak", "600 100 200");

    // when
    ConsentService.Result r = f.consent.setConsent(id, false, f.by(ConsentSource.CLI, null));

    // then
    assertThat(r.changed()).isEmpty();
    assertThat(f.consent.history(id)).isEmpty();
  }

  @Test
  void aNewWordingIsANewVersionAndOldRecordsKeepTheirs() {
    // given consent recorded under the default wording
    long anna = f.customer("Anna Nowak", "600 100 200");
    f.consent.setConsent(anna, true, f.by(ConsentSource.CONSOLE, "Kasia"));

    // when the manager changes the wording and another consent is recorded
    f.clock.advance(Duration.ofDays(1));
    f.consent
        .wording()
        .change("Zgadzam się na oferty SMS od Pizzeria Roma. Odpisz STOP, by zrezygnować.");
    long jan = f.customer("Jan Kowalski", "600 100 201");
    f.consent.setConsent(jan, true, f.by(ConsentSource.CONSOLE, "Kasia"));

    // then each record names the wording it was given under
    assertThat(f.consent.history(anna).get(0).wordingVersion()).isEqualTo(1);
    assertThat(f.consent.history(jan).get(0).wordingVersion()).isEqualTo(2);
    assertThat(f.consent.history(jan).get(0).wording()).startsWith("Zgadzam się na oferty SMS");
    assertThat(f.consent.wording().current().version()).isEqualTo(2);
  }

  @Test
  void aNumberFindsTheCustomerHoweverItWasTyped() {
    // given
    long id = f.customer("Anna Nowak", "600-100-200");

    // then
    assertThat(f.consent.byPhone("+48600100200")).extracting(Customer::id).containsExactly(id);
    assertThat(f.consent.byPhone("0048 600 100 200")).extracting(Customer::id).containsExactly(id);
    assertThat(f.consent.byPhone("500 100 200")).isEmpty();
  }

  @Test
  void anUnknownCustomerIsRefusedWithItsCode() {
    assertThatThrownBy(() -> f.consent.setOptOut(999, true, f.by(ConsentSource.CLI, null)))
        .isInstanceOfSatisfying(
            ConsentRefusedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ConsentRefusedException.NO_CUSTOMER);
              assertThat(e.values()).containsExactly("999");
            });
  }

  @Test
  void withdrawingByPhoneChangesOnlyCustomersWhoHadConsent() {
    // given two customers on the same number, one with consent
    long a = f.customer("Anna Nowak", "600 100 200");
    long b = f.customer("Anna N.", "+48 600 100 200");
    f.consent.setConsent(a, true, f.by(ConsentSource.CONSOLE, "Kasia"));
    Instant before = f.clock.instant();

    // when
    int changed =
        f.consent.withdrawByPhone(
            "48600100200".replaceFirst("^", "+"),
            new ConsentService.Origin(ConsentSource.GATEWAY, null, "smsapi error 59"));

    // then
    assertThat(changed).isEqualTo(1);
    assertThat(f.consent.history(a))
        .last()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(ConsentSource.GATEWAY);
              assertThat(e.detail()).isEqualTo("smsapi error 59");
              assertThat(e.occurredAt()).isEqualTo(before);
            });
    assertThat(f.consent.history(b)).isEmpty();
  }
}
