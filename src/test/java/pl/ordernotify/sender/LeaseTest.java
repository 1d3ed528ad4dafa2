package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.FakeGateway;
import pl.ordernotify.testsupport.TestDatabase;

/** DESIGN rule 7: two senders on one database file, one active, the other standby. */
class LeaseTest {

  @TempDir Path dir;

  @Test
  void secondSenderWaitsAndTakesOverAfterTheLeaseLapses() {
    FakeGateway gateway = FakeGateway.smsapi();
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      SenderFixture first = new SenderFixture(db1, gateway, "till-1");
      SenderFixture second = new SenderFixture(db2, gateway, "till-2");
      second.clock.set(first.clock.instant());
      first.sender.runPassesOnce();
      second.sender.runPassesOnce();
      assertThat(first.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
      assertThat(second.sender.status().mode()).isEqualTo(SenderStatus.Mode.STANDBY);
      assertThat(second.sender.status().leaseHolder()).isEqualTo("till-1");
      // the standby sends nothing even when a message is due
      first.enable(Stage.ACCEPTED, 0, 30);
      long order = first.order(first.customer("Anna Nowak", "600100200"));
      first.status(order, OrderStatus.ACCEPTED);
      second.sender.runPassesOnce();
      assertThat(second.sender.sendDueBatch()).isZero();
      assertThat(gateway.requests()).isEmpty();
      // when the first dies (no more heartbeats) and the lease runs out
      second.clock.advance(Duration.ofSeconds(10));
      second.sender.runPassesOnce();
      // then the second takes over and sends
      assertThat(second.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
      assertThat(gateway.requests()).hasSize(1);
      // and the first, back from the dead, finds itself standby and sends nothing
      first.clock.set(second.clock.instant());
      first.sender.runPassesOnce();
      assertThat(first.sender.status().mode()).isEqualTo(SenderStatus.Mode.STANDBY);
      assertThat(gateway.requests()).hasSize(1);
    }
  }

  @Test
  void aSenderThatLostItsLeaseStopsSendingAtOnce() {
    FakeGateway gateway = FakeGateway.smsapi();
    try (SenderFixture f = SenderFixture.started(gateway)) {
      f.enable(Stage.ACCEPTED, 0, 30);
      long order = f.order(f.customer("Anna Nowak", "600100200"));
      f.status(order, OrderStatus.ACCEPTED);
      f.plan();
      // when its lease ran out without a heartbeat (database unreachable, process frozen)
      f.advance(Duration.ofSeconds(11));
      // then a send pass sends nothing
      assertThat(f.sender.sendDueBatch()).isZero();
      assertThat(gateway.requests()).isEmpty();
    }
  }

  @Test
  void closingReleasesTheLeaseSoAStandbyTakesOverAtOnce() throws InterruptedException {
    FakeGateway gateway = FakeGateway.smsapi();
    try (Database db1 = TestDatabase.open(dir);
        Database db2 = TestDatabase.open(dir)) {
      SenderFixture first = new SenderFixture(db1, gateway, "till-1");
      SenderFixture second = new SenderFixture(db2, gateway, "till-2");
      java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
      first.sender.addListener(
          s -> {
            if (s.mode() == SenderStatus.Mode.RUNNING) {
              running.countDown();
            }
          });
      first.sender.start();
      assertThat(running.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      first.sender.close();
      second.sender.runPassesOnce();
      assertThat(second.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
    }
  }
}
