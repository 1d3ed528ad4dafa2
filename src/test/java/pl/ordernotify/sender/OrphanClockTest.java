package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Transition;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.FakeGateway;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * Issue 14, clocks: when a message stuck in SENDING counts as an orphan (rule 6) is judged by the
 * database's clock, like the lease (rule 7), so a till whose clock is five minutes off neither
 * re-sends a claim another till has only just made nor leaves a dead till's claim waiting minutes.
 */
class OrphanClockTest {

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final Duration ORPHAN_AFTER = SenderSettings.defaults().orphanAfter();

  @TempDir Path dir;

  /** Till 1 claims the order's message and dies mid-send; its lease is given up at once. */
  private static long claimedByADeadTill(SenderFixture till) {
    till.clock.set(Instant.now());
    till.sender.runPassesOnce();
    till.enable(Stage.ACCEPTED, 0, 30);
    long order = till.acceptedOrder("600100200");
    till.plan();
    Message m = till.only(order);
    Instant orphanAt = till.sender.databaseNow().plus(ORPHAN_AFTER);
    till.db.withMapper(
        MessageMapper.class,
        x -> x.claim(Transition.CLAIM, m.id(), m.version(), orphanAt, till.clock.instant()));
    till.db.withMapper(SenderMapper.class, x -> x.releaseLease("till-1"));
    return order;
  }

  @Test
  void aSenderFiveMinutesAheadLeavesAFreshClaimAlone() {
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      // given till 1 has just claimed a message, and till 2's clock runs five minutes ahead
      SenderFixture dead = new SenderFixture(db1, FakeGateway.smsapi(), "till-1");
      long order = claimedByADeadTill(dead);
      SenderFixture ahead = new SenderFixture(db2, FakeGateway.smsapi(), "till-2");
      ahead.clock.set(Instant.now().plus(FIVE_MINUTES));

      // when till 2 takes over and runs its passes at once
      ahead.sender.runPassesOnce();

      // then it holds the lease but leaves the claim alone: by the database's clock it is seconds
      // old
      assertThat(ahead.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
      assertThat(ahead.gateway.requests()).isEmpty();
      assertThat(ahead.only(order).status()).isEqualTo(MessageStatus.SENDING);

      // and once the orphan time has passed on its own clock, it resolves the message with one send
      ahead.clock.advance(ORPHAN_AFTER);
      ahead.sender.runPassesOnce();
      assertThat(ahead.gateway.requests()).hasSize(1);
      assertThat(ahead.only(order).status()).isEqualTo(MessageStatus.SENT);
    }
  }

  @Test
  void aSenderFiveMinutesBehindReclaimsADeadTillsClaimAfterTheOrphanTime() {
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      // given till 1 claimed a message and died, and till 2's clock runs five minutes behind
      SenderFixture dead = new SenderFixture(db1, FakeGateway.smsapi(), "till-1");
      long order = claimedByADeadTill(dead);
      SenderFixture behind = new SenderFixture(db2, FakeGateway.smsapi(), "till-2");
      behind.clock.set(Instant.now().minus(FIVE_MINUTES));
      behind.sender.runPassesOnce();
      assertThat(behind.gateway.requests()).isEmpty();

      // when the orphan time passes on till 2's clock, although it is still minutes before the
      // deadline by it
      behind.clock.advance(ORPHAN_AFTER);
      behind.sender.runPassesOnce();

      // then the message is resolved at once, with one send
      assertThat(behind.gateway.requests()).hasSize(1);
      assertThat(behind.only(order).status()).isEqualTo(MessageStatus.SENT);
    }
  }
}
