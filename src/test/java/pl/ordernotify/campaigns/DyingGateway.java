package pl.ordernotify.campaigns;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * The first {@code deaths} batches reach the phones, then the till dies before it writes the answer
 * (the pass sees an exception); later batches and single sends go through.
 */
final class DyingGateway implements SmsGateway {

  private final FakeGateway delegate;
  private final AtomicInteger deaths;

  DyingGateway(FakeGateway delegate, int deaths) {
    this.delegate = delegate;
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

  @Override
  public String provider() {
    return delegate.provider();
  }

  @Override
  public SendResult send(OutgoingSms sms) {
    return delegate.send(sms);
  }

  @Override
  public LookupResult lookup(String key) {
    return delegate.lookup(key);
  }

  @Override
  public ReportsResult reports(List<String> gatewayIds) {
    return delegate.reports(gatewayIds);
  }

  @Override
  public BalanceResult balance() {
    return delegate.balance();
  }

  @Override
  public SenderNamesResult senderNames() {
    return delegate.senderNames();
  }

  @Override
  public CheckResult check() {
    return delegate.check();
  }
}
