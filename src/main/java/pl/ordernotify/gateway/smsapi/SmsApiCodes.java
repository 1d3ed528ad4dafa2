package pl.ordernotify.gateway.smsapi;

import java.util.Map;
import java.util.regex.Pattern;

/** SMSAPI error codes (smsapi.md §7) and what each one means for the sender. */
final class SmsApiCodes {

  /** What the sender does about an error code. */
  enum Kind {
    /** This message only: fail it with the code. */
    REJECT,
    /** Every message would fail (credits, token, IP, sender name): pause and alert. */
    ACCOUNT,
    /** Try again later. */
    RETRY,
    /** Already accepted under this idx (check_idx=1): do not resend. */
    DUPLICATE
  }

  record Code(Kind kind, String meaning) {}

  /** The plain-text error form, {@code ERROR:101}, seen without format=json or on some failures. */
  static final Pattern PLAIN_ERROR = Pattern.compile("ERROR:\\s*(\\d+).*", Pattern.DOTALL);

  private static final Map<Integer, Code> CODES =
      Map.ofEntries(
          entry(7, Kind.ACCOUNT, "short links are disabled on the account"),
          entry(8, Kind.RETRY, "error in the request, reported by SMSAPI"),
          entry(11, Kind.REJECT, "the message is empty, too long or has characters not allowed"),
          entry(12, Kind.REJECT, "the message has more parts than allowed"),
          entry(
              13,
              Kind.REJECT,
              "no valid recipient (invalid, landline, blacklisted or foreign number)"),
          entry(14, Kind.ACCOUNT, "the sender name is wrong or not registered"),
          entry(17, Kind.REJECT, "a flash message cannot have special characters"),
          entry(18, Kind.REJECT, "wrong number of personalisation parameters"),
          entry(19, Kind.REJECT, "too many messages in one request"),
          entry(20, Kind.REJECT, "wrong number of idx values"),
          entry(25, Kind.REJECT, "normalize cannot be combined with datacoding"),
          entry(27, Kind.REJECT, "the idx is longer than 255 characters"),
          entry(28, Kind.REJECT, "invalid time_restriction value"),
          entry(30, Kind.REJECT, "wrong UDH for binary data"),
          entry(32, Kind.REJECT, "this message type can only go to Polish numbers"),
          entry(33, Kind.REJECT, "no Polish mobile numbers for ECO"),
          entry(40, Kind.REJECT, "the contacts group does not exist"),
          entry(41, Kind.REJECT, "the contacts group is empty"),
          entry(50, Kind.REJECT, "scheduled more than 3 months ahead"),
          entry(52, Kind.RETRY, "too many attempts to this number within 60 seconds"),
          entry(53, Kind.DUPLICATE, "already accepted earlier under the same idx"),
          entry(54, Kind.REJECT, "wrong date format"),
          entry(56, Kind.REJECT, "the expiry is too close to or too far from the send time"),
          entry(57, Kind.REJECT, "the number is on the account's blacklist"),
          entry(59, Kind.REJECT, "the number is on the opt-out list"),
          entry(70, Kind.ACCOUNT, "invalid notify_url"),
          entry(72, Kind.REJECT, "notify_url is only allowed for one recipient"),
          entry(74, Kind.REJECT, "the send time violates the account's sending hours"),
          entry(76, Kind.REJECT, "invalid characters in the parameters"),
          entry(93, Kind.REJECT, "personalisation parameters cannot be used with a group"),
          entry(94, Kind.ACCOUNT, "messages with links are not allowed on the account"),
          entry(98, Kind.ACCOUNT, "the account may only send to its registration number"),
          entry(101, Kind.ACCOUNT, "invalid or missing authorisation (check the API token)"),
          entry(102, Kind.ACCOUNT, "invalid username or password"),
          entry(103, Kind.ACCOUNT, "not enough points on the account"),
          entry(104, Kind.REJECT, "no such template"),
          entry(105, Kind.ACCOUNT, "the request came from an IP address that is not allowed"),
          entry(106, Kind.REJECT, "invalid short link"),
          entry(110, Kind.ACCOUNT, "the service is not available on this account"),
          entry(112, Kind.REJECT, "sending to this country is restricted on the account"),
          entry(200, Kind.RETRY, "unsuccessful submission, please retry"),
          entry(201, Kind.RETRY, "internal system error"),
          entry(202, Kind.RETRY, "too many simultaneous requests"),
          entry(203, Kind.RETRY, "too many requests, try later"),
          entry(300, Kind.REJECT, "invalid points value"),
          entry(301, Kind.REJECT, "the message id does not exist"),
          entry(400, Kind.REJECT, "invalid message id in a status query"),
          entry(401, Kind.ACCOUNT, "the API token lacks permission for this action"),
          entry(409, Kind.REJECT, "the value already exists"),
          entry(666, Kind.RETRY, "internal system error"),
          entry(997, Kind.ACCOUNT, "plain HTTP is disabled: use HTTPS"),
          entry(998, Kind.RETRY, "the short-link service is unavailable"),
          entry(999, Kind.RETRY, "internal system error"),
          entry(1000, Kind.ACCOUNT, "this action is only for the main user"),
          entry(1001, Kind.REJECT, "invalid action"));

  private static final Code MANAGEMENT =
      new Code(Kind.REJECT, "sub-user, sender-name or contacts management error");

  private SmsApiCodes() {}

  /** The code's class and meaning, or null for a code the reference does not list. */
  static Code lookup(int code) {
    Code known = CODES.get(code);
    if (known != null) {
      return known;
    }
    boolean management =
        (code >= 1010 && code <= 1193)
            || (code >= 2001 && code <= 2115)
            || (code >= 4000 && code <= 4280);
    return management ? MANAGEMENT : null;
  }

  private static Map.Entry<Integer, Code> entry(int code, Kind kind, String meaning) {
    return Map.entry(code, new Code(kind, meaning));
  }
}
