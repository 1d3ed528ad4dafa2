package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockWaitTest {

  @Test
  void aDeadHostsLockIsWaitedForAndEveryRetryIsReported() {
    // given a database that refuses twice with H2's "Lock file recently modified", then opens
    AtomicInteger tries = new AtomicInteger();
    List<Duration> heard = new ArrayList<>();

    // when it is opened
    String opened =
        LockWait.retry(
            () -> {
              if (tries.incrementAndGet() < 3) {
                throw new LockWait.Locked(
                    new SQLException(
                        "Error opening database: \"Lock file recently modified\"", "90000", 8000));
              }
              return "open";
            },
            heard::add);

    // then it waited instead of giving up, and said so each time
    assertThat(opened).isEqualTo("open");
    assertThat(tries).hasValue(3);
    assertThat(heard).hasSize(2);
  }

  @Test
  void onlyALingeringLockCountsAsOneToWaitFor() {
    assertThat(
            LockWait.isLingeringLock(
                new RuntimeException(
                    new SQLException(
                        "Error opening database: \"Lock file recently modified\" [8000-232]",
                        "HY000",
                        8000))))
        .isTrue();
    assertThat(LockWait.isLingeringLock(new SQLException("Connection is broken", "08006", 90067)))
        .isTrue();
    assertThat(
            LockWait.isLingeringLock(
                new SQLException("Wrong user name or password", "28000", 28000)))
        .isFalse();
    assertThat(
            LockWait.isLingeringLock(
                new SQLException("Database may be already in use", "HY000", 90020)))
        .isFalse();
  }
}
