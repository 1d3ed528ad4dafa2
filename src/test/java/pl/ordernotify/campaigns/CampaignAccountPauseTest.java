package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * DESIGN rule 5 inside one campaign round: once an answer pauses all sending (an account problem),
 * the round claims and sends no further batch, although it planned them before the answer was
 * written. Only the batches already out when the answer came have reached the gateway.
 */
class CampaignAccountPauseTest {

  private final FakeGateway smsapi = FakeGateway.smsapi();
  private final CampaignFixture f = new CampaignFixture(new OneByOneGateway(smsapi));

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void anAccountProblemStopsTheRoundFromSendingTheBatchesItHadPlanned() {
    // given ten recipients sent one per request, and the gateway answers "no points"
    new SettingsService(f.db).put(Setting.MARKETING_WINDOW, "00:00-00:00");
    for (int i = 0; i < 10; i++) {
      f.customer("Klient" + i + " Testowy", String.format("6001002%02d", i), true, false, "pl");
    }
    f.campaigns.create(f.draft("Pauza", "PAUZA", null, AudienceFilter.everyone()));
    f.campaigns.start("Pauza");
    for (int i = 0; i < 10; i++) {
      smsapi.next(FakeGateway.answer(new SendResult.AccountProblem("103", "Not enough points")));
    }

    // when the campaign pass runs
    f.pass.run(f.gateway);

    // then only the first round's six requests went out, and four recipients wait, unclaimed
    assertThat(smsapi.requests()).hasSize(6);
    assertThat(f.column("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'PENDING'"))
        .containsExactly("4");
    assertThat(
            f.column(
                "SELECT CASE WHEN paused THEN 'yes' ELSE 'no' END FROM sender_pause WHERE id = 1"))
        .containsExactly("yes");
  }
}
