package pl.ordernotify.sender;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SmsGateway;

/**
 * Records every SMS as sent and calls no one (DESIGN §5: a new install runs without an account).
 * The sender uses it until the configured gateway account is wired in.
 */
public final class DryRunFallback implements SmsGateway {

  @Override
  public String provider() {
    return "dry-run";
  }

  @Override
  public boolean dryRun() {
    return true;
  }

  @Override
  public SendResult send(OutgoingSms sms) {
    return new SendResult.Accepted("dry-" + UUID.randomUUID().toString().substring(0, 8), 0, BigDecimal.ZERO);
  }

  @Override
  public LookupResult lookup(String idempotencyKey) {
    return new LookupResult.NotFound();
  }

  @Override
  public ReportsResult reports(List<String> gatewayIds) {
    return new ReportsResult.Reports(List.of());
  }

  @Override
  public BalanceResult balance() {
    return new BalanceResult.Balance(BigDecimal.ZERO, "dry run: no account");
  }

  @Override
  public SenderNamesResult senderNames() {
    return new SenderNamesResult.Names(List.of());
  }

  @Override
  public CheckResult check() {
    return new CheckResult.Ok("dry run: nothing is sent");
  }
}
