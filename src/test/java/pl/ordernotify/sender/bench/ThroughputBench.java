package pl.ordernotify.sender.bench;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.sender.SenderParts;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderSettings;
import pl.ordernotify.sender.soak.SoakMain;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.testsupport.FakeGateway;

/** Benchmark (b): N due messages through a gateway that takes 50 ms per send, P sends at a time. */
final class ThroughputBench {

  private ThroughputBench() {}

  static String run(int messages, int parallel) throws Exception {
    var cs = BenchSupport.freshDatabase("throughput");
    try (Database db = Database.open(cs)) {
      BenchSupport.enableAccepted(db);
      SmsGateway slow = new Slow(FakeGateway.smsapi(), 50);
      SenderSettings settings = SenderSettings.defaults().withParallelSends(parallel);
      SenderService sender =
          new SenderService(
              settings, db, SenderParts.of(() -> slow, new Renderer()), Clock.systemUTC());
      sender.runPassesOnce(); // baseline
      BenchSupport.insertOrders(db, "T", messages, "ACCEPTED", BenchSupport.now());
      long start = System.nanoTime();
      while (SoakMain.countSent(db) < messages) {
        sender.runPassesOnce();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      sender.close();
      return String.format(
          "(b) %d messages, %d in flight, 50 ms gateway: %.1f s, %.0f messages/s",
          messages, parallel, seconds, messages / seconds);
    }
  }

  /** A gateway answering after a fixed network delay. */
  private record Slow(FakeGateway inner, long millis) implements SmsGateway {
    @Override
    public String provider() {
      return inner.provider();
    }

    @Override
    public SendResult send(OutgoingSms sms) {
      // the answer arrives after a simulated network round trip, delivered by a timer
      Executor network = CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS);
      return CompletableFuture.supplyAsync(() -> inner.send(sms), network).join();
    }

    @Override
    public pl.ordernotify.gateway.LookupResult lookup(String key) {
      return inner.lookup(key);
    }

    @Override
    public pl.ordernotify.gateway.ReportsResult reports(java.util.List<String> ids) {
      return inner.reports(ids);
    }

    @Override
    public pl.ordernotify.gateway.BalanceResult balance() {
      return inner.balance();
    }

    @Override
    public pl.ordernotify.gateway.SenderNamesResult senderNames() {
      return inner.senderNames();
    }

    @Override
    public pl.ordernotify.gateway.CheckResult check() {
      return inner.check();
    }
  }
}
