package pl.ordernotify.campaigns;

import java.util.List;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SmsGateway;

/**
 * A gateway with one behaviour changed: everything else is passed to {@code delegate} (a fake, or
 * the benchmark's real client). Batches go one SMS at a time through {@link #send} unless a
 * subclass says otherwise.
 */
public abstract class DelegatingGateway implements SmsGateway {

  protected final SmsGateway delegate;

  protected DelegatingGateway(SmsGateway delegate) {
    this.delegate = delegate;
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
