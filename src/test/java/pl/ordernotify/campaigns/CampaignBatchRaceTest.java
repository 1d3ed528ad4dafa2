package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * The sending flow plans its next batch while earlier ones are out at the gateway. A plan that read
 * its recipient ids before a batch in flight claimed them, and their rows after, must not claim
 * them again: a claimed recipient may already have its SMS, and only its claim timeout (the
 * resolver, by its key) may decide it. Seen on CI (PostgreSQL, a loaded machine) as a second
 * request for two recipients whose till had died mid-batch.
 */
class CampaignBatchRaceTest {

  private final FakeGateway smsapi = FakeGateway.smsapi();
  private final CampaignFixture f = new CampaignFixture(smsapi);

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aBatchPlannedWhileAnotherWasOutDoesNotClaimOrSendItsRecipientsAgain() {
    // given a campaign for two customers, whose first batch claimed both and is out at the gateway
    new pl.ordernotify.settings.SettingsService(f.db)
        .put(pl.ordernotify.settings.Setting.MARKETING_WINDOW, "00:00-00:00");
    f.customer("Anna Nowak", "600100200", true, false, "pl");
    f.customer("Ola Kot", "600100202", true, false, "pl");
    f.campaigns.create(f.draft("Race", "RACE", null, AudienceFilter.everyone()));
    f.campaigns.start("Race");
    Campaign c = f.db.withMapper(CampaignMapper.class, m -> m.withStatus("SENDING")).get(0);
    Batches batches = f.pass.batches(c, f.gateway);
    Batches.Planned first = batches.plan(c, 100, 1).get(0);
    assertThat(batches.commit(List.of(), List.of(first)).claimed().get(0).claimed()).hasSize(2);

    // when a second batch holds the same recipients as their rows are now (claimed, version and
    // all), as a plan that listed their ids just before the claim reads them
    Map<Long, Recipient> now =
        f
            .db
            .withMapper(
                CampaignMapper.class,
                m -> m.recipients(first.items().stream().map(i -> i.recipient().id()).toList()))
            .stream()
            .collect(Collectors.toMap(Recipient::id, Function.identity()));
    Batches.Planned stale =
        new Batches.Planned(
            first.language(),
            first.items().stream()
                .map(
                    i ->
                        new Batches.Item(
                            now.get(i.recipient().id()), i.phone(), i.text(), i.skip()))
                .toList());
    Batches.Round second = batches.commit(List.of(), List.of(stale));

    // then it takes neither (so nothing is sent): both stay claimed by the first batch
    assertThat(second.claimed().get(0).claimed()).isEmpty();
    assertThat(second.decided()).isZero();
    assertThat(f.column("SELECT status FROM campaign_recipient"))
        .containsExactly("SENDING", "SENDING");
  }
}
