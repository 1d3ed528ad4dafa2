package pl.ordernotify.gateway.serwersms;

import java.util.Map;

/**
 * SerwerSMS error codes (serwersms.md §7), plus the numeric delivery-failure reasons of §6, which
 * may appear as an unsent item's {@code error_code}. The two lists agree where they overlap.
 */
final class SerwerSmsCodes {

  enum Kind {
    /** This message only. */
    REJECT,
    /** Every message would fail (credentials, permissions, limits): pause and alert. */
    ACCOUNT,
    /** Try again later. */
    RETRY
  }

  record Code(Kind kind, String meaning) {}

  private static final Map<Integer, Code> CODES =
      Map.ofEntries(
          entry(1000, Kind.ACCOUNT, "no or unknown action (wrong API address)"),
          entry(1001, Kind.ACCOUNT, "wrong login, password or API token"),
          entry(1002, Kind.ACCOUNT, "this user may not use the API"),
          entry(1003, Kind.ACCOUNT, "the IP address is not authorised"),
          entry(1004, Kind.REJECT, "invalid id parameter"),
          entry(1005, Kind.ACCOUNT, "no permission"),
          entry(1006, Kind.REJECT, "invalid data format"),
          entry(1007, Kind.ACCOUNT, "the account is not fully active"),
          entry(1008, Kind.ACCOUNT, "no permission to view numbers"),
          entry(2000, Kind.REJECT, "required parameters missing"),
          entry(2001, Kind.REJECT, "invalid phone number"),
          entry(2002, Kind.REJECT, "number not supported"),
          entry(2003, Kind.REJECT, "the message was rejected"),
          entry(2004, Kind.RETRY, "operator-side error"),
          entry(2005, Kind.REJECT, "voice call not answered"),
          entry(2200, Kind.REJECT, "invalid recipient number"),
          entry(2201, Kind.ACCOUNT, "the account's message limit is used up"),
          entry(2202, Kind.ACCOUNT, "sending is blocked on the account"),
          entry(2203, Kind.REJECT, "invalid message"),
          entry(2204, Kind.RETRY, "operator-side error"),
          entry(2205, Kind.ACCOUNT, "invalid sender name"),
          entry(2206, Kind.REJECT, "the number is on the blacklist"),
          entry(2207, Kind.REJECT, "sending to foreign networks is locked"),
          entry(2208, Kind.ACCOUNT, "no permission to send messages"),
          entry(3000, Kind.ACCOUNT, "the ECO+ limit is used up"),
          entry(3001, Kind.ACCOUNT, "no permission to send ECO+"),
          entry(3002, Kind.ACCOUNT, "the FULL SMS limit is used up"),
          entry(3003, Kind.ACCOUNT, "no permission to send FULL SMS"),
          entry(3004, Kind.ACCOUNT, "the MMS limit is used up"),
          entry(3005, Kind.ACCOUNT, "no permission to send MMS"),
          entry(3006, Kind.ACCOUNT, "the VOICE limit is used up"),
          entry(3007, Kind.ACCOUNT, "no permission to send VOICE"),
          entry(3008, Kind.ACCOUNT, "no permission to send flash SMS"),
          entry(3009, Kind.ACCOUNT, "no permission to send SMS"),
          entry(3100, Kind.ACCOUNT, "sending SMS is blocked"),
          entry(3101, Kind.REJECT, "the message is empty"),
          entry(3102, Kind.REJECT, "the message is too long"));

  private SerwerSmsCodes() {}

  /** The code's class and meaning, or null for a code the reference does not list. */
  static Code lookup(String code) {
    return code != null && code.matches("\\d{1,9}") ? CODES.get(Integer.parseInt(code)) : null;
  }

  private static Map.Entry<Integer, Code> entry(int code, Kind kind, String meaning) {
    return Map.entry(code, new Code(kind, meaning));
  }
}
