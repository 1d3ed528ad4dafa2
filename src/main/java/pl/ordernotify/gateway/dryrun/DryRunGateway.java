package pl.ordernotify.gateway.dryrun;

import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.gateway.SmsText;

/**
 * The default gateway of a new install: records every message as accepted and calls no one, so the
 * restaurant can try the whole flow before it has an SMS account.
 */
public final class DryRunGateway implements SmsGateway {

  /** Prefix of every id this gateway hands out, so its reports never claim a real message. */
  public static final String ID_PREFIX = "dry-";

  private static final Logger log = LoggerFactory.getLogger(DryRunGateway.class);

  @Override
  public String provider() {
    return "dry-run";
  }

  @Override
  public boolean dryRun() {
    return true;
  }

  /** Accepted at no cost; the id comes from the key, so a resend after a crash gets the same id. */
  @Override
  public SendResult send(OutgoingSms sms) {
    int parts = SmsText.parts(sms.text());
    log.info("Dry run: not sending {} part(s) to {}", parts, PhoneNumbers.mask(sms.to()));
    return new SendResult.Accepted(ID_PREFIX + sms.idempotencyKey(), parts, BigDecimal.ZERO);
  }

  /** A whole batch at once, as a real gateway would take it; logged once, not per message. */
  @Override
  public List<SendResult> sendBatch(BatchSms batch) {
    log.info("Dry run: not sending a batch of {} SMS", batch.items().size());
    return batch.items().stream()
        .map(
            item -> {
              return (SendResult)
                  new SendResult.Accepted(
                      ID_PREFIX + item.idempotencyKey(),
                      SmsText.parts(item.text()),
                      BigDecimal.ZERO);
            })
        .toList();
  }

  /** Nothing was ever sent, so after a crash the message is simply "sent" again. */
  @Override
  public LookupResult lookup(String idempotencyKey) {
    return new LookupResult.NotFound();
  }

  /** Its own messages count as delivered; ids from another gateway are left out, not guessed. */
  @Override
  public ReportsResult reports(List<String> gatewayIds) {
    List<DeliveryReport> reports =
        gatewayIds.stream()
            .filter(id -> id != null && id.startsWith(ID_PREFIX))
            .map(
                id ->
                    new DeliveryReport(
                        id, DeliveryStatus.DELIVERED, null, "dry run", BigDecimal.ZERO))
            .toList();
    return new ReportsResult.Reports(reports);
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
    return new CheckResult.Ok("dry run: nothing is sent and no gateway is called");
  }
}
