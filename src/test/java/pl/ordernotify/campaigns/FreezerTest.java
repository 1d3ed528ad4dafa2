package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * Starting freezes every recipient in one transaction, written through {@code
 * Database.inBatchTransaction}: JDBC batches on PostgreSQL, reused statements on H2. On both, every
 * row arrives with its own code and key, and a second start of the same campaign writes nothing.
 */
class FreezerTest {

  private final CampaignFixture f = new CampaignFixture(FakeGateway.smsapi());

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void everyRecipientIsFrozenOnceWithItsOwnCodeAndKey() {
    // given 300 consented customers and a campaign with unique codes for them
    for (int i = 0; i < 300; i++) {
      f.customer("Klient" + i + " Testowy", String.format("600%06d", i), true, false, "pl");
    }
    f.campaigns.create(f.draft("Zamrozona", "ZAM", null, AudienceFilter.everyone()));

    // when it starts
    f.campaigns.start("Zamrozona");

    // then 300 rows wait, each with a code and a key of its own
    assertThat(
            f.column(
                "SELECT COUNT(*) || ' ' || COUNT(DISTINCT promo_code) || ' '"
                    + " || COUNT(DISTINCT idempotency_key) FROM campaign_recipient"
                    + " WHERE status = 'PENDING'"))
        .containsExactly("300 300 300");

    // and freezing the started campaign again is refused and writes nothing
    Campaign started = f.db.withMapper(CampaignMapper.class, m -> m.byName("Zamrozona"));
    assertThat(new Freezer(f.db, new Audiences(f.db, f.clock), f.clock).freeze(started))
        .isEqualTo(-1);
    assertThat(f.column("SELECT COUNT(*) FROM campaign_recipient")).containsExactly("300");
  }
}
