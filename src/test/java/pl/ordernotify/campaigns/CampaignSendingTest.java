package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.testsupport.FakeGateway;

class CampaignSendingTest {

  private final FakeGateway gateway = FakeGateway.smsapi();
  private final CampaignFixture f = new CampaignFixture(gateway);

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void regularsWithUniqueCodesEachGetOneSmsWithTheirOwnCodeAndResultsCountRedemptions() {
    // given two consented regulars, one occasional customer, one without consent
    long anna = f.customer("Anna Nowak", "600 100 200", true, false, "pl");
    long john = f.customer("John Smith", "+48 600 100 201", true, false, "en");
    long ola = f.customer("Ola Kot", "600100202", true, false, "pl");
    long noConsent = f.customer("Piotr Zet", "600100203", false, false, "pl");
    for (long c : List.of(anna, john, noConsent)) {
      f.order(c, 3, "50.00", null);
      f.order(c, 10, "40.00", null);
    }
    f.order(ola, 5, "30.00", null);
    f.campaigns.create(
        f.draft("Pizza tygodnia", "PIZZA", null, AudienceFilter.everyone().withMinOrders(2)));

    // when it starts and the sender runs
    Campaign started = f.campaigns.start("Pizza tygodnia");
    f.runUntilIdle();

    // then each regular got exactly one SMS in their language with a unique code
    assertThat(started.status()).isEqualTo("SENDING");
    List<OutgoingSms> sent = gateway.delivered();
    assertThat(sent).hasSize(2);
    assertThat(sent)
        .extracting(OutgoingSms::to)
        .containsExactlyInAnyOrder("+48600100200", "+48600100201");
    assertThat(sent)
        .anySatisfy(
            s ->
                assertThat(s.text())
                    .startsWith("Czesc Anna! Pizza tygodnia w Pizzeria Roma: kod PIZZA-"));
    assertThat(sent)
        .anySatisfy(
            s ->
                assertThat(s.text())
                    .startsWith("Hi John! Pizza tygodnia at Pizzeria Roma: code PIZZA-"));
    List<String> codes = f.column("SELECT promo_code FROM campaign_recipient ORDER BY id");
    assertThat(codes)
        .hasSize(2)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("PIZZA-[A-HJKMNP-Z2-9]{6}"));
    assertThat(f.campaigns.get("Pizza tygodnia").status()).isEqualTo("DONE");

    // and an order placed afterwards with a code, typed loosely, counts with its revenue
    f.clock.advance(Duration.ofHours(2));
    f.orderNow(anna, "62.50", "  " + codes.get(0).toLowerCase() + " ");
    f.orderNow(ola, "10.00", "OTHER");
    CampaignResults r = f.campaigns.results("Pizza tygodnia");
    assertThat(r.sent()).isEqualTo(2);
    assertThat(r.orders()).isEqualTo(1);
    assertThat(r.revenue()).isEqualByComparingTo(new BigDecimal("62.50"));
    assertThat(r.redemptionRate()).isEqualTo(0.5);
  }

  @Test
  void aCustomerWhoGotACampaignSmsTodayIsSkippedWithFrequencyCap() {
    // given a customer who got one campaign SMS an hour ago
    f.customer("Anna Nowak", "600100200", true, false, "pl");
    f.campaigns.create(f.draft("First", null, "KOD1", AudienceFilter.everyone()));
    f.campaigns.start("First");
    f.runUntilIdle();
    f.clock.advance(Duration.ofHours(1));

    // when a second campaign goes out
    f.campaigns.create(f.draft("Second", null, "KOD2", AudienceFilter.everyone()));
    f.campaigns.start("Second");
    f.runUntilIdle();

    // then the second is skipped with FREQUENCY_CAP, and says so
    assertThat(gateway.delivered()).hasSize(1);
    CampaignResults r = f.campaigns.results("Second");
    assertThat(r.skipped()).containsEntry("FREQUENCY_CAP", 1L);
    assertThat(
            f.column(
                "SELECT reason FROM message WHERE campaign_id = (SELECT id FROM campaign WHERE name = 'Second')"))
        .containsExactly("FREQUENCY_CAP");
  }

  @Test
  void consentWithdrawnAfterTheStartIsCheckedAgainAtSendTime() {
    long anna = f.customer("Anna Nowak", "600100200", true, false, "pl");
    f.customer("Ola Kot", "600100202", true, false, "pl");
    f.campaigns.create(f.draft("Promo", null, "KOD", AudienceFilter.everyone()));
    f.campaigns.start("Promo");

    f.sql("UPDATE customer SET marketing_consent = FALSE WHERE id = ?", anna);
    f.runUntilIdle();

    assertThat(gateway.delivered()).extracting(OutgoingSms::to).containsExactly("+48600100202");
    assertThat(f.campaigns.results("Promo").skipped()).containsEntry("NO_CONSENT", 1L);
  }

  @Test
  void outsideTheMarketingWindowNothingGoesOutUntilItOpens() {
    f.customer("Anna Nowak", "600100200", true, false, "pl");
    f.clock.set(java.time.Instant.parse("2025-03-10T20:30:00Z")); // 21:30 in Warsaw
    f.campaigns.create(f.draft("Evening", null, "KOD", AudienceFilter.everyone()));
    f.campaigns.start("Evening");

    f.runUntilIdle();
    assertThat(gateway.delivered()).isEmpty();
    assertThat(f.campaigns.get("Evening").statusCode()).isEqualTo("WINDOW");

    f.clock.set(java.time.Instant.parse("2025-03-11T09:00:00Z")); // 10:00 next day
    f.runUntilIdle();
    assertThat(gateway.delivered()).hasSize(1);
  }

  @Test
  void onAClosedDayCampaignSmsWait() {
    f.customer("Anna Nowak", "600100200", true, false, "pl");
    new pl.ordernotify.settings.SettingsService(f.db)
        .put(pl.ordernotify.settings.Setting.CLOSED_DAYS, "MONDAY, 2025-03-11");
    f.campaigns.create(f.draft("Closed", null, "KOD", AudienceFilter.everyone()));
    f.campaigns.start("Closed");

    f.runUntilIdle();
    f.clock.advance(Duration.ofDays(1));
    f.runUntilIdle();
    assertThat(gateway.delivered()).isEmpty();

    f.clock.advance(Duration.ofDays(1));
    f.runUntilIdle();
    assertThat(gateway.delivered()).hasSize(1);
  }

  @Test
  void aBatchWhoseAnswerWasLostIsResolvedWithoutASecondSms() {
    f.customer("Anna Nowak", "600100200", true, false, "pl");
    f.customer("Ola Kot", "600100202", true, false, "pl");
    gateway.next(gateway.acceptedButAnswerLost(), gateway.acceptedButAnswerLost());
    f.campaigns.create(f.draft("Lost", "LOST", null, AudienceFilter.everyone()));
    f.campaigns.start("Lost");

    f.runUntilIdle();
    f.clock.advance(Duration.ofMinutes(5));
    f.runUntilIdle();

    assertThat(gateway.delivered()).hasSize(2);
    assertThat(gateway.requests())
        .hasSize(4); // two lost answers, two resends refused as duplicates
    CampaignResults r = f.campaigns.results("Lost");
    assertThat(r.sent()).isEqualTo(2);
    assertThat(r.waiting()).isZero();
  }

  @Test
  void cancelLeavesSentSmsAndCancelsTheRest() {
    for (int i = 0; i < 5; i++) {
      f.customer("C" + i, "60010030" + i, true, false, "pl");
    }
    f.campaigns.create(f.draft("Cancel me", null, "KOD", AudienceFilter.everyone()));
    f.campaigns.start("Cancel me");
    f.campaigns.cancel("Cancel me");
    f.runUntilIdle();

    assertThat(gateway.delivered()).isEmpty();
    CampaignResults r = f.campaigns.results("Cancel me");
    assertThat(r.cancelled()).isEqualTo(5);
    assertThat(r.campaign().status()).isEqualTo("CANCELLED");
  }

  @Test
  void aScheduledCampaignStartsByItselfAtItsTime() {
    f.customer("Anna Nowak", "600100200", true, false, "pl");
    CampaignDraft d =
        new CampaignDraft(
            "Later",
            List.of("promo-pl"),
            "Pizza",
            "KOD",
            null,
            7,
            AudienceFilter.everyone(),
            f.clock.instant().plus(Duration.ofHours(2)));
    f.campaigns.create(d);

    assertThat(f.campaigns.start("Later").status()).isEqualTo("SCHEDULED");
    f.runUntilIdle();
    assertThat(gateway.delivered()).isEmpty();

    f.clock.advance(Duration.ofHours(2));
    f.runUntilIdle();
    assertThat(gateway.delivered()).hasSize(1);
    assertThat(f.campaigns.get("Later").status()).isEqualTo("DONE");
  }

  @Test
  void aCampaignPausesItselfBeforeOrderSmsWouldRunShortOfTheMonthlyCap() {
    for (int i = 0; i < 10; i++) {
      f.customer("C" + i, "60010040" + i, true, false, "pl");
    }
    f.campaigns.create(f.draft("Big", null, "KOD", AudienceFilter.everyone()));
    f.campaigns.start("Big");
    new pl.ordernotify.settings.SettingsService(f.db)
        .put(pl.ordernotify.settings.Setting.MONTHLY_CAP_PARTS, "25");

    f.runUntilIdle();

    assertThat(gateway.delivered()).isEmpty();
    Campaign c = f.campaigns.get("Big");
    assertThat(c.status()).isEqualTo("PAUSED");
    assertThat(c.statusCode()).isEqualTo("QUOTA");
    assertThat(c.statusDetail()).contains("order SMS keep 20 parts");
  }

  @Test
  void aStartThatWouldPassTheMonthlyCapIsRefusedSayingByHowMuch() {
    for (int i = 0; i < 3; i++) {
      f.customer("C" + i, "60010050" + i, true, false, "pl");
    }
    new pl.ordernotify.settings.SettingsService(f.db)
        .put(pl.ordernotify.settings.Setting.MONTHLY_CAP_PARTS, "2");
    f.campaigns.create(f.draft("Over", null, "KOD", AudienceFilter.everyone()));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.campaigns.start("Over"))
        .isInstanceOf(CampaignRefusal.class)
        .hasMessageContaining("pass the monthly cap of 2 SMS parts by 1 parts");
    assertThat(f.campaigns.get("Over").status()).isEqualTo("DRAFT");
    assertThat(f.column("SELECT COUNT(*) FROM campaign_recipient")).containsExactly("0");
  }
}
