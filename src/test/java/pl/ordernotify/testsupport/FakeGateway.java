package pl.ordernotify.testsupport;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SmsGateway;

/**
 * An in-memory gateway that records every request. {@link #smsapi()} behaves like SMSAPI with
 * check_idx (a reused key answers Duplicate, no look-up); {@link #serwersms()} like SerwerSMS (a
 * reused key is sent again, but look-up by key works). Tell it to fail with {@link #next}.
 */
public final class FakeGateway implements SmsGateway {

  private final String provider;
  private final boolean rejectsReusedKey;
  private final List<OutgoingSms> requests = new ArrayList<>();
  private final List<OutgoingSms> delivered = new ArrayList<>();
  private final Map<String, String> acceptedKeys = new ConcurrentHashMap<>();
  private final Map<String, DeliveryReport> reports = new ConcurrentHashMap<>();
  private final Deque<Function<OutgoingSms, SendResult>> scripted = new ArrayDeque<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<List<String>> reportQueries = new ArrayList<>();
  private volatile CheckResult check = new CheckResult.Ok("fake account");
  private volatile BalanceResult balance =
      new BalanceResult.Balance(new BigDecimal("100"), "100 points");
  private volatile LookupResult lookupOverride;
  private volatile Runnable duringLookup = () -> {};

  private FakeGateway(String provider, boolean rejectsReusedKey) {
    this.provider = provider;
    this.rejectsReusedKey = rejectsReusedKey;
  }

  public static FakeGateway smsapi() {
    return new FakeGateway("smsapi", true);
  }

  public static FakeGateway serwersms() {
    return new FakeGateway("serwersms", false);
  }

  /** The next sends answer these results, in order; afterwards sends are accepted again. */
  @SafeVarargs
  public final synchronized FakeGateway next(Function<OutgoingSms, SendResult>... results) {
    scripted.addAll(List.of(results));
    return this;
  }

  public static Function<OutgoingSms, SendResult> answer(SendResult result) {
    return sms -> result;
  }

  /** Accepted at the gateway (the SMS goes out), but the answer is lost: a read timeout. */
  public Function<OutgoingSms, SendResult> acceptedButAnswerLost() {
    return sms -> {
      accept(sms);
      return new SendResult.Unknown("read timeout");
    };
  }

  public void setCheck(CheckResult result) {
    check = result;
  }

  public void setLookup(LookupResult result) {
    lookupOverride = result;
  }

  /** Runs inside every look-up, e.g. to move the clock as a slow gateway would. */
  public void duringLookup(Runnable action) {
    duringLookup = action;
  }

  public void report(String gatewayId, DeliveryStatus status) {
    reports.put(gatewayId, new DeliveryReport(gatewayId, status, null, null, null));
  }

  public synchronized List<OutgoingSms> requests() {
    return List.copyOf(requests);
  }

  /** SMS that really reached phones: every accepted send, duplicates of one key included. */
  public synchronized List<OutgoingSms> delivered() {
    return List.copyOf(delivered);
  }

  public synchronized List<List<String>> reportQueries() {
    return List.copyOf(reportQueries);
  }

  public String idFor(String key) {
    return acceptedKeys.get(key);
  }

  @Override
  public String provider() {
    return provider;
  }

  @Override
  public SendResult send(OutgoingSms sms) {
    Function<OutgoingSms, SendResult> script;
    synchronized (this) {
      requests.add(sms);
      script = scripted.poll();
    }
    if (script != null) {
      return script.apply(sms);
    }
    if (rejectsReusedKey && acceptedKeys.containsKey(sms.idempotencyKey())) {
      return new SendResult.Duplicate(null);
    }
    return new SendResult.Accepted(accept(sms), 1, new BigDecimal("0.16"));
  }

  private synchronized String accept(OutgoingSms sms) {
    String id = "G" + ids.incrementAndGet();
    acceptedKeys.putIfAbsent(sms.idempotencyKey(), id);
    delivered.add(sms);
    return id;
  }

  @Override
  public LookupResult lookup(String idempotencyKey) {
    duringLookup.run();
    if (lookupOverride != null) {
      return lookupOverride;
    }
    if (rejectsReusedKey) {
      return new LookupResult.Unsupported();
    }
    String id = acceptedKeys.get(idempotencyKey);
    return id == null
        ? new LookupResult.NotFound()
        : new LookupResult.Found(id, DeliveryStatus.PENDING);
  }

  @Override
  public synchronized ReportsResult reports(List<String> gatewayIds) {
    reportQueries.add(List.copyOf(gatewayIds));
    List<DeliveryReport> list =
        gatewayIds.stream()
            .map(
                id ->
                    reports.getOrDefault(
                        id, new DeliveryReport(id, DeliveryStatus.PENDING, null, null, null)))
            .toList();
    return new ReportsResult.Reports(list);
  }

  @Override
  public BalanceResult balance() {
    return balance;
  }

  /** What {@link #balance()} answers from now on. */
  public void setBalance(BalanceResult result) {
    balance = result;
  }

  @Override
  public SenderNamesResult senderNames() {
    return new SenderNamesResult.Names(List.of());
  }

  @Override
  public CheckResult check() {
    return check;
  }
}
