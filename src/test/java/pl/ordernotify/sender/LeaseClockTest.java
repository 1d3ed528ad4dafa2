package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.FakeGateway;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * Issue 14, clocks: tills on one database disagree about the time, so the lease is judged by the
 * database's clock and by durations each sender measures on its own, never by comparing two tills'
 * clocks. A sender whose clock is five minutes off neither steals a live lease nor waits on a dead
 * one.
 */
class LeaseClockTest {

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final Duration LEASE = SenderSettings.defaults().leaseDuration();

  @TempDir Path dir;

  @Test
  void aSenderFiveMinutesAheadLeavesALiveLeaseAlone() {
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      // given one sender holds the lease and another's clock runs five minutes ahead
      SenderFixture active = new SenderFixture(db1, FakeGateway.smsapi(), "till-1");
      SenderFixture ahead = new SenderFixture(db2, FakeGateway.smsapi(), "till-2");
      active.clock.set(Instant.now());
      ahead.clock.set(Instant.now().plus(FIVE_MINUTES));
      active.sender.runPassesOnce();

      // when the second runs its passes while the first keeps beating
      ahead.sender.runPassesOnce();
      for (int beat = 0; beat < 3; beat++) {
        active.clock.advance(Duration.ofSeconds(2));
        active.sender.runPassesOnce();
        ahead.clock.advance(Duration.ofSeconds(6));
        ahead.sender.runPassesOnce();
      }

      // then it stays standby: the lease is live by the database's clock and kept being renewed
      assertThat(ahead.sender.status().mode()).isEqualTo(SenderStatus.Mode.STANDBY);
      assertThat(ahead.sender.status().leaseHolder()).isEqualTo("till-1");
      assertThat(active.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
    }
  }

  @Test
  void aSenderFiveMinutesBehindTakesOverADeadLeaseWithinTheLeaseTime() {
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      // given one sender holds the lease and a standby's clock runs five minutes behind
      SenderFixture dead = new SenderFixture(db1, FakeGateway.smsapi(), "till-1");
      SenderFixture behind = new SenderFixture(db2, FakeGateway.smsapi(), "till-2");
      dead.clock.set(Instant.now());
      behind.clock.set(Instant.now().minus(FIVE_MINUTES));
      dead.sender.runPassesOnce();
      behind.sender.runPassesOnce();
      assertThat(behind.sender.status().mode()).isEqualTo(SenderStatus.Mode.STANDBY);

      // when the holder dies (no more heartbeats) and one lease duration passes on the standby's
      // clock
      behind.clock.advance(LEASE);
      behind.sender.runPassesOnce();

      // then the standby holds the lease, although its clock is still minutes before the old expiry
      assertThat(behind.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
      assertThat(behind.sender.status().leaseHolder()).isEqualTo("till-2");
    }
  }

  @Test
  void aLeaseExpiredByTheDatabasesClockIsTakenAtOnceWhateverTheSendersClockSays() throws Exception {
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      // given a sender that died long ago: its lease expired a minute ago by the database's clock
      SenderFixture dead = new SenderFixture(db1, FakeGateway.smsapi(), "till-1");
      dead.sender.runPassesOnce();
      try (var c = db1.dataSource().getConnection();
          var st = c.createStatement()) {
        st.executeUpdate(
            "UPDATE sender_lease SET heartbeat_at = expires_at - INTERVAL '10' MINUTE,"
                + " expires_at = expires_at - INTERVAL '11' MINUTE");
      }

      // when a sender whose clock runs five minutes behind starts
      SenderFixture behind = new SenderFixture(db2, FakeGateway.smsapi(), "till-2");
      behind.clock.set(Instant.now().minus(FIVE_MINUTES));
      behind.sender.runPassesOnce();

      // then it takes the lease on its first pass
      assertThat(behind.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
    }
  }

  @Test
  void aHolderCutOffFromTheDatabaseStopsBeforeAStandbyCanTakeOver() {
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      // given a holder whose clock runs five minutes behind and a standby five minutes ahead
      SenderFixture holder = new SenderFixture(db1, FakeGateway.smsapi(), "till-1");
      SenderFixture standby = new SenderFixture(db2, FakeGateway.smsapi(), "till-2");
      holder.clock.set(Instant.now().minus(FIVE_MINUTES));
      standby.clock.set(Instant.now().plus(FIVE_MINUTES));
      holder.sender.runPassesOnce();
      standby.sender.runPassesOnce();

      // when the holder stops beating and one lease duration passes for both
      holder.clock.advance(LEASE);
      standby.clock.advance(LEASE);

      // then the holder no longer trusts its lease, and only then does the standby take it
      assertThat(holder.sender.sendDueBatch()).isZero();
      standby.sender.runPassesOnce();
      assertThat(standby.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
      holder.sender.runPassesOnce();
      assertThat(holder.sender.status().mode()).isEqualTo(SenderStatus.Mode.STANDBY);
    }
  }
}
