package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.orders.ChangeMapper;
import pl.ordernotify.orders.StatusFingerprint;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * The status fingerprint of DESIGN §2's every-second poll (issue 13): it must move for every change
 * of an order's status in the 48 h window, however the POS wrote it, and stay put otherwise.
 */
class StatusFingerprintTest {

  private final SenderFixture f = new SenderFixture(FakeGateway.smsapi());
  private final ChangeProbe probe = new ChangeProbe(f.db);

  @AfterEach
  void close() {
    f.close();
  }

  private boolean moved() {
    return probe.statusesMoved(f.clock.instant());
  }

  private void setStatus(long order, String status) {
    f.sql("UPDATE delivery_order SET status = ? WHERE id = ?", status, order);
  }

  @Test
  void theFirstReadingCountsAsMovedAndAQuietOneDoesNot() {
    // given an order
    f.order(f.customer("Anna Nowak", "600100200"));
    // when the fingerprint is read twice with nothing changed between
    boolean first = moved();
    boolean second = moved();
    // then only the first reading asks for a comparison
    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }

  @Test
  void aStatusChangedByPlainSqlWithoutAChangeTimeMovesIt() {
    // given an order already read
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    moved();
    // when the POS changes its status and nothing else
    setStatus(order, "ACCEPTED");
    // then the fingerprint moved
    assertThat(moved()).isTrue();
  }

  @Test
  void twoOrdersSwappingStatusesMoveIt() {
    // given two orders, one NEW and one ACCEPTED
    long a = f.order(f.customer("Anna Nowak", "600100200"));
    long b = f.order(f.customer("Jan Kowalski", "600100201"));
    setStatus(b, "ACCEPTED");
    moved();
    // when they swap statuses between two readings (the per-status counts stay the same)
    setStatus(a, "ACCEPTED");
    setStatus(b, "NEW");
    // then the fingerprint moved all the same
    assertThat(moved()).isTrue();
  }

  @Test
  void aNewOrderMovesItAndOtherColumnsDoNot() {
    // given an order already read
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    moved();
    // when the POS edits its amount and promise, then places another order
    f.sql("UPDATE delivery_order SET total_gross = 99.00, prep_minutes = 55 WHERE id = ?", order);
    boolean afterEdit = moved();
    f.order(f.customer("Jan Kowalski", "600100201"));
    boolean afterNewOrder = moved();
    // then only the new order moved it
    assertThat(afterEdit).isFalse();
    assertThat(afterNewOrder).isTrue();
  }

  @Test
  void anOrderOlderThanTheWindowDoesNotMoveIt() {
    // given an order placed three days ago, and the fingerprint read
    long old = f.order(null, "600100200", f.clock.instant().minus(Duration.ofDays(3)));
    moved();
    // when its status changes
    setStatus(old, "DELIVERED");
    // then the fingerprint did not move: the sender does not compare orders that old (DESIGN §2)
    assertThat(moved()).isFalse();
  }

  @Test
  void eachOrdersTermInJavaIsTheOneTheQueryAdds() {
    // given one order in the window
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    for (String status :
        List.of("NEW", "ACCEPTED", "READY", "DEPARTED", "DELIVERED", "CANCELLED")) {
      // when it has each status in turn
      setStatus(order, status);
      long fingerprint =
          f.db.withMapper(
              ChangeMapper.class,
              m -> m.statusFingerprint(f.clock.instant().minus(Planner.RECENT)));
      // then the query's fingerprint is its term as the sender expects it
      assertThat(fingerprint).as(status).isEqualTo(StatusFingerprint.term(order, status));
    }
  }
}
