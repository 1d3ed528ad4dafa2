package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.testsupport.FakeGateway;

class CampaignResultsTest {

  private final FakeGateway gateway = FakeGateway.smsapi();
  private final CampaignFixture f = new CampaignFixture(gateway);

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void withdrawalsCountedAreTheAuditedOnesOfRecipientsInTheSevenDaysAfterTheStart() {
    // given five recipients who got the campaign's SMS, and one customer outside the audience
    long[] ids = new long[5];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = f.customer("Klient " + i, "60010030" + i, true, false, "pl");
    }
    long outsider = f.customer("Obcy", "600100399", false, false, "pl");
    f.campaigns.create(f.draft("Pizza tygodnia", null, "PIZZA10", AudienceFilter.everyone()));
    f.campaigns.start("Pizza tygodnia");
    f.runUntilIdle();
    ConsentService consent = new ConsentService(f.db, f.clock);
    ConsentService.Origin staff = new ConsentService.Origin(ConsentSource.CONSOLE, "Ewa", null);

    // when within the 7 days one withdraws consent and one opts out, one withdraws on day 8,
    // one loses consent by a plain SQL update with no audit, and the outsider opts out
    f.clock.advance(Duration.ofDays(2));
    consent.setConsent(ids[0], false, staff);
    consent.setOptOut(ids[1], true, new ConsentService.Origin(ConsentSource.REPLY, null, "STOP"));
    consent.setOptOut(outsider, true, staff);
    f.sql("UPDATE customer SET marketing_consent = FALSE WHERE id = ?", ids[2]);
    f.clock.advance(Duration.ofDays(6));
    consent.setConsent(ids[3], false, staff);

    // then only the two audited withdrawals of recipients within the 7 days count
    CampaignResults r = f.campaigns.results("Pizza tygodnia");
    assertThat(r.sent()).isEqualTo(5);
    assertThat(r.optOuts()).isEqualTo(2);
  }
}
