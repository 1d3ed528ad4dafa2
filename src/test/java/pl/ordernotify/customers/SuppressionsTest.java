package pl.ordernotify.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §10: three undelivered reports in a row suppress a number for campaigns until staff clear
 * it.
 */
class SuppressionsTest {

  private final ConsentFixture f = new ConsentFixture();
  private final Suppressions suppressions = new Suppressions(f.db, f.clock);
  private int key;

  @AfterEach
  void close() {
    f.close();
  }

  private void report(String phone, String status) {
    f.clock.advance(Duration.ofHours(1));
    // an OffsetDateTime binds as TIMESTAMP WITH TIME ZONE on both engines (an Instant does not on
    // PostgreSQL)
    java.time.OffsetDateTime now = f.clock.instant().atOffset(java.time.ZoneOffset.UTC);
    f.sql(
        "INSERT INTO message (kind, phone, status, due_at, idempotency_key, created_at, updated_at, final_at)"
            + " VALUES ('ORDER', ?, ?, ?, ?, ?, ?, ?)",
        phone,
        status,
        now,
        "k" + (++key),
        now,
        now,
        now);
  }

  @Test
  void threeUndeliveredReportsInARowSuppressTheNumber() {
    // given
    long id = f.customer("Anna Nowak", "600 100 200");
    report("+48600100200", "DELIVERED");
    report("+48600100200", "UNDELIVERED");
    report("+48600100200", "UNDELIVERED");
    assertThat(suppressions.isSuppressed(id)).isFalse();

    // when the third in a row comes back undelivered
    report("+48600100200", "UNDELIVERED");

    // then
    assertThat(suppressions.isSuppressed(id)).isTrue();
    assertThat(suppressions.isSuppressedPhone("0048 600-100-200")).isTrue();
    assertThat(suppressions.suppression(id))
        .get()
        .satisfies(
            s -> {
              assertThat(s.phone()).isEqualTo("+48600100200");
              assertThat(s.undeliveredAt()).hasSize(3);
            });
  }

  @Test
  void aDeliveryInBetweenBreaksTheRow() {
    long id = f.customer("Anna Nowak", "600 100 200");
    report("+48600100200", "UNDELIVERED");
    report("+48600100200", "UNDELIVERED");
    report("+48600100200", "DELIVERED");
    report("+48600100200", "UNDELIVERED");

    assertThat(suppressions.isSuppressed(id)).isFalse();
  }

  @Test
  void staffClearingLiftsItUntilThreeNewReportsFail() {
    // given a suppressed number
    long id = f.customer("Anna Nowak", "600 100 200");
    for (int i = 0; i < 3; i++) {
      report("+48600100200", "UNDELIVERED");
    }

    // when staff clear it
    f.clock.advance(Duration.ofMinutes(1));
    suppressions.clear(id, "Kasia");

    // then it is lifted, and comes back only after three new failures
    assertThat(suppressions.isSuppressed(id)).isFalse();
    report("+48600100200", "UNDELIVERED");
    report("+48600100200", "UNDELIVERED");
    assertThat(suppressions.isSuppressed(id)).isFalse();
    report("+48600100200", "UNDELIVERED");
    assertThat(suppressions.isSuppressed(id)).isTrue();
  }
}
