package pl.ordernotify.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.testsupport.PosProcess;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * DESIGN §10: a change the POS makes to consent or opt-out is noticed by the poll and recorded as
 * POS.
 */
class ConsentWatcherTest {

  @TempDir Path dir;

  @Test
  void thePosProcessFlipsConsentAndOptOutAndTheAuditShowsPosEntries() throws Exception {
    try (ConsentFixture f = new ConsentFixture(TestDatabase.open(dir));
        PosProcess pos =
            PosProcess.open(DataLocation.resolve(dir, null, Map.of()).connectionSettings())) {
      // given a customer the sender has already seen
      long id = f.customer("Anna Nowak", "600 100 200");
      f.watcher.pass();

      // when the POS, in its own process, gives consent, then opts her out and withdraws consent
      pos.exec("UPDATE customer SET marketing_consent = TRUE WHERE id = " + id);
      int first = f.watcher.pass();
      pos.exec(
          "UPDATE customer SET sms_opt_out = TRUE, marketing_consent = FALSE WHERE id = " + id);
      int second = f.watcher.pass();
      int again = f.watcher.pass();

      // then each change is recorded once, with source POS
      assertThat(first).isEqualTo(1);
      assertThat(second).isEqualTo(2);
      assertThat(again).isZero();
      assertThat(f.consent.history(id))
          .extracting(ConsentEvent::source)
          .containsOnly(ConsentSource.POS);
      assertThat(f.consent.history(id))
          .extracting(e -> e.field() + "=" + e.newValue())
          .containsExactly("MARKETING_CONSENT=true", "SMS_OPT_OUT=true", "MARKETING_CONSENT=false");
      assertThat(f.consent.history(id).get(0).wordingVersion()).isEqualTo(1);
      pos.quit();
    }
  }

  @Test
  void aCustomerThePosAddsWithConsentIsRecordedAndOneWithoutIsNeverAsked() {
    try (ConsentFixture f = new ConsentFixture()) {
      // given two customers added by the POS, one with consent
      long with = f.customer("Anna Nowak", "600 100 200");
      long without = f.customer("Jan Kowalski", "600 100 201");
      f.sql("UPDATE customer SET marketing_consent = TRUE WHERE id = ?", with);

      // when the poll runs twice
      f.watcher.pass();
      f.watcher.pass();

      // then only the consent is recorded, once
      assertThat(f.consent.history(with))
          .singleElement()
          .satisfies(e -> assertThat(e.source()).isEqualTo(ConsentSource.POS));
      assertThat(f.consent.history(without)).isEmpty();
      assertThat(f.consent.state(f.get(without))).isEqualTo(ConsentState.NEVER_ASKED);
    }
  }

  @Test
  void ourOwnChangesAreNotTakenForThePos() {
    try (ConsentFixture f = new ConsentFixture()) {
      // given
      long id = f.customer("Anna Nowak", "600 100 200");
      f.watcher.pass();

      // when staff change consent in the console and the poll runs
      f.consent.setConsent(id, true, f.by(ConsentSource.CONSOLE, "Kasia"));
      int recorded = f.watcher.pass();

      // then
      assertThat(recorded).isZero();
      assertThat(f.consent.history(id))
          .extracting(ConsentEvent::source)
          .containsExactly(ConsentSource.CONSOLE);
    }
  }

  @Test
  void aPosChangeNotYetPolledIsRecordedBeforeAStaffChange() {
    try (ConsentFixture f = new ConsentFixture()) {
      // given the POS gave consent and no poll has run since
      long id = f.customer("Anna Nowak", "600 100 200");
      f.watcher.pass();
      f.sql("UPDATE customer SET marketing_consent = TRUE WHERE id = ?", id);

      // when staff opt her out
      f.consent.setOptOut(id, true, f.by(ConsentSource.CLI, "szef"));

      // then the POS's consent comes first, then the opt-out and the end of consent
      assertThat(f.consent.history(id))
          .extracting(e -> e.source() + ":" + e.field() + "=" + e.newValue())
          .containsExactly(
              "POS:MARKETING_CONSENT=true", "CLI:SMS_OPT_OUT=true", "CLI:MARKETING_CONSENT=false");
      assertThat(f.watcher.pass()).isZero();
    }
  }
}
