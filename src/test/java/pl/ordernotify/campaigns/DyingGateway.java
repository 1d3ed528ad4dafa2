package pl.ordernotify.campaigns;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * The first {@code deaths} batches reach the phones, then the till dies before it writes the answer
 * (the pass sees an exception); later batches and single sends go through.
 */
final class DyingGateway extends DelegatingGateway {

  private final AtomicInteger deaths;

  DyingGateway(FakeGateway delegate, int deaths) {
    super(delegate);
    this.deaths = new AtomicInteger(deaths);
  }

  @Override
  public List<SendResult> sendBatch(BatchSms batch) {
    List<SendResult> results = delegate.sendBatch(batch);
    if (deaths.getAndDecrement() > 0) {
      throw new IllegalStateException("the till died mid-batch");
    }
    return results;
  }
}
