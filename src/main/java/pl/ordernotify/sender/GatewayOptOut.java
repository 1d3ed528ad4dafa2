package pl.ordernotify.sender;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.store.Database;

/**
 * A gateway's answer that the number is on its blacklist or opt-out list (SMSAPI errors 57 and 59,
 * SerwerSMS 2206 {@code number_is_blacklisted}) withdraws the number's marketing consent with
 * source GATEWAY (DESIGN §10). Used for order SMS and for each recipient of a campaign batch.
 */
public final class GatewayOptOut {

  private static final Logger log = LoggerFactory.getLogger(GatewayOptOut.class);
  private static final Set<String> SMSAPI_CODES = Set.of("57", "59");
  private static final Set<String> SERWERSMS_CODES = Set.of("2206", "number_is_blacklisted");

  private final ConsentService consent;

  public GatewayOptOut(Database db, Clock clock) {
    this.consent = new ConsentService(db, clock);
  }

  public static boolean isOptOut(SmsGateway gateway, SendResult result) {
    if (!(result instanceof SendResult.Rejected r)) {
      return false;
    }
    return switch (gateway.provider()) {
      case "smsapi" -> SMSAPI_CODES.contains(r.code());
      case "serwersms" -> SERWERSMS_CODES.contains(r.code());
      default -> false;
    };
  }

  /** Applies the answer when it is an opt-out; never fails the send's outcome. */
  public void apply(SmsGateway gateway, SendResult result, String phone) {
    if (!isOptOut(gateway, result)) {
      return;
    }
    SendResult.Rejected r = (SendResult.Rejected) result;
    try {
      int changed =
          consent.withdrawByPhone(
              phone,
              new ConsentService.Origin(
                  ConsentSource.GATEWAY,
                  null,
                  gateway.provider() + " error " + r.code() + ": " + r.reason()));
      log.info(
          "{} lists {} as opted out (error {}); marketing consent withdrawn for {} customer(s)",
          gateway.provider(),
          RecipientCheck.mask(phone),
          r.code(),
          changed);
    } catch (RuntimeException e) {
      log.warn(
          "The gateway's opt-out answer could not be recorded; it is applied at the next refusal",
          e);
    }
  }
}
