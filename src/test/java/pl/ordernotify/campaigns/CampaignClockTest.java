package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.sender.SenderParts;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderSettings;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.testsupport.FakeGateway;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * Issue 14, clocks, for campaigns: when a claimed recipient counts as interrupted is judged by the
 * database's clock, as for order messages (OrphanClockTest), so a till whose clock is five minutes
 * off neither resolves a claim another till has only just made nor leaves a dead till's claim
 * waiting minutes too long. Runs on H2 and on PostgreSQL.
 */
class CampaignClockTest {

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  @TempDir Path dir;

  /**
   * Till 1 starts a campaign for two customers and dies mid-batch: the SMS went out, the answer was
   * never written. Its clock is the database's.
   */
  private static CampaignFixture claimedByADeadTill(Database db, FakeGateway smsapi) {
    CampaignFixture till = new CampaignFixture(db, new DyingGateway(smsapi, 1));
    till.clock.set(Instant.now());
    new SettingsService(db).put(Setting.MARKETING_WINDOW, "00:00-00:00"); // open all day
    till.customer("Anna Nowak", "600100200", true, false, "pl");
    till.customer("Ola Kot", "600100202", true, false, "pl");
    till.campaigns.create(till.draft("Clocks", "CLK", null, AudienceFilter.everyone()));
    till.campaigns.start("Clocks");
    till.pass.run(till.gateway);
    assertThat(smsapi.delivered()).hasSize(2);
    assertThat(till.column("SELECT status FROM campaign_recipient")).containsOnly("SENDING");
    return till;
  }

  /** Till 2: a sender with its campaign pass (as Wiring builds it), on its own clock. */
  private static SenderService till2(Database db, FakeGateway smsapi, MutableClock clock) {
    SenderService sender =
        new SenderService(
            SenderSettings.defaults().withHolder("till-2"),
            db,
            SenderParts.of(() -> smsapi, new Renderer()),
            clock);
    sender.addPass(new CampaignPass(db, new Renderer(), clock, sender::databaseTime)::run);
    return sender;
  }

  @Test
  void aSenderFiveMinutesAheadLeavesAFreshClaimAlone() {
    FakeGateway smsapi = FakeGateway.smsapi();
    try (CampaignFixture dead = claimedByADeadTill(TestDatabase.open(dir), smsapi);
        Database db2 = TestDatabase.open(dir)) {
      // given till 1's claim is seconds old, and till 2's clock runs five minutes ahead
      int requests = smsapi.requests().size();
      MutableClock clock = new MutableClock(Instant.now().plus(FIVE_MINUTES));
      SenderService ahead = till2(db2, smsapi, clock);

      // when till 2 takes over and runs its passes at once
      ahead.runPassesOnce();

      // then it leaves the claim alone: by the database's clock it is seconds old
      assertThat(smsapi.requests()).hasSize(requests);
      assertThat(dead.column("SELECT status FROM campaign_recipient")).containsOnly("SENDING");

      // and once the claim timeout has passed on its own clock, it resolves them without a second
      // SMS (SMSAPI refuses the reused idx)
      clock.advance(CampaignPass.CLAIM_TIMEOUT.plusSeconds(1));
      ahead.runPassesOnce();
      assertThat(smsapi.requests()).hasSize(requests + 2);
      assertThat(smsapi.delivered()).hasSize(2);
      assertThat(dead.column("SELECT status FROM campaign_recipient")).containsOnly("SENT");
    }
  }

  @Test
  void aSenderFiveMinutesBehindResolvesADeadTillsClaimAfterTheClaimTimeout() {
    FakeGateway smsapi = FakeGateway.smsapi();
    try (CampaignFixture dead = claimedByADeadTill(TestDatabase.open(dir), smsapi);
        Database db2 = TestDatabase.open(dir)) {
      // given till 1 claimed two recipients and died, and till 2's clock runs five minutes behind
      int requests = smsapi.requests().size();
      MutableClock clock = new MutableClock(Instant.now().minus(FIVE_MINUTES));
      SenderService behind = till2(db2, smsapi, clock);
      behind.runPassesOnce();
      assertThat(smsapi.requests()).hasSize(requests);

      // when the claim timeout passes on till 2's clock, although that is still minutes before
      // the deadline by it
      clock.advance(CampaignPass.CLAIM_TIMEOUT.plusSeconds(1));
      behind.runPassesOnce();

      // then both are resolved at once, with no second SMS
      assertThat(smsapi.requests()).hasSize(requests + 2);
      assertThat(smsapi.delivered()).hasSize(2);
      assertThat(dead.column("SELECT status FROM campaign_recipient")).containsOnly("SENT");
      assertThat(dead.column("SELECT status FROM message WHERE kind = 'CAMPAIGN'"))
          .containsOnly("SENT");
    }
  }
}
