package pl.ordernotify.campaigns;

import pl.ordernotify.testsupport.FakeGateway;

/** A gateway that takes one recipient per request, so ten recipients make ten batches. */
final class OneByOneGateway extends DelegatingGateway {
  OneByOneGateway(FakeGateway delegate) {
    super(delegate);
  }

  @Override
  public int maxBatch() {
    return 1;
  }
}
