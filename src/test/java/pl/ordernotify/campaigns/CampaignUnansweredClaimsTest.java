package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * While a campaign SMS is out, only its claimed recipient row records it (the message row comes
 * with the answer). Claims a dead till left unanswered must still count for the frequency cap of
 * another campaign: that campaign waits until they are resolved.
 */
class CampaignUnansweredClaimsTest {

  private final FakeGateway smsapi = FakeGateway.smsapi();
  private final CampaignFixture f = new CampaignFixture(new DyingGateway(smsapi, 1));

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void anotherCampaignWaitsForClaimsADeadTillLeftThenTheCapSkipsThoseCustomers() {
    // given a first campaign whose batch reached both phones before the till died
    f.customer("Anna Nowak", "600100200", true, false, "pl");
    f.customer("Ola Kot", "600100202", true, false, "pl");
    f.campaigns.create(f.draft("First", "FIRST", null, AudienceFilter.everyone()));
    f.campaigns.start("First");
    f.pass.run(f.gateway);
    assertThat(smsapi.delivered()).hasSize(2);

    // when a second campaign to the same customers starts before those claims are resolved
    f.campaigns.create(f.draft("Second", "SECOND", null, AudienceFilter.everyone()));
    f.campaigns.start("Second");
    f.runUntilIdle();

    // then it sends nothing yet
    assertThat(smsapi.delivered()).hasSize(2);
    assertThat(f.campaigns.results("Second").waiting()).isEqualTo(2);

    // and once the claims are resolved (no second SMS), the cap of 1 a day skips both
    f.clock.advance(CampaignPass.CLAIM_TIMEOUT.plus(Duration.ofMinutes(1)));
    f.runUntilIdle();
    assertThat(smsapi.delivered()).hasSize(2);
    assertThat(f.campaigns.results("First").sent()).isEqualTo(2);
    assertThat(f.campaigns.results("Second").skipped()).containsEntry("FREQUENCY_CAP", 2L);
  }
}
