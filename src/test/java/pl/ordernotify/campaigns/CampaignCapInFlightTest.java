package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * Order SMS go first (DESIGN §9): the monthly cap's reserve for order SMS holds while campaign
 * batches are out. Their answers are written after the next round is planned, so the month's count
 * does not have them yet; the guard counts the parts out at the gateway as used.
 */
class CampaignCapInFlightTest {

  private final FakeGateway smsapi = FakeGateway.smsapi();
  private final CampaignFixture f = new CampaignFixture(new OneByOneGateway(smsapi));

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void batchesStillOutCountAgainstTheMonthlyCap() {
    // given a cap of 28 parts, 20 of them kept for order SMS (8 left for campaigns), and ten
    // one-part recipients sent one per request
    SettingsService settings = new SettingsService(f.db);
    settings.put(Setting.MARKETING_WINDOW, "00:00-00:00");
    settings.put(Setting.MONTHLY_CAP_PARTS, "28");
    for (int i = 0; i < 10; i++) {
      f.customer("Klient" + i + " Testowy", String.format("6001003%02d", i), true, false, "pl");
    }
    f.campaigns.create(f.draft("Limit", "LIMIT", null, AudienceFilter.everyone()));
    f.campaigns.start("Limit");

    // when the campaign pass runs
    f.pass.run(f.gateway);

    // then the eight that fit went out, and no more: the next batches were planned while the first
    // eight were still out or unwritten, and counting them the campaign paused instead
    assertThat(smsapi.requests()).hasSize(8);
    assertThat(f.column("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENT'"))
        .containsExactly("8");
    assertThat(f.column("SELECT status || ' ' || status_code FROM campaign"))
        .containsExactly("PAUSED QUOTA");
  }
}
