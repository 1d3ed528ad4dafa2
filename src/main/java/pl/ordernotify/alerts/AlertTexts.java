package pl.ordernotify.alerts;

/**
 * The alert SMS texts, in the console's language. Plain GSM-7 letters only (no Polish diacritics),
 * so an alert is always one cheap part and the stored text is exactly what the gateway receives.
 */
final class AlertTexts {

  private AlertTexts() {}

  static String text(AlertCause cause, String language, String restaurant, String detail) {
    boolean pl = !"en".equals(language);
    String who =
        "OrderNotify"
            + (restaurant == null || restaurant.isBlank() ? "" : " (" + ascii(restaurant) + ")");
    String what =
        switch (cause) {
          case PAUSED ->
              pl
                  ? "wysylka SMS wstrzymana - problem z kontem bramki: "
                      + ascii(detail)
                      + ". Sprawdz konto bramki."
                  : "SMS sending paused - gateway account problem: "
                      + ascii(detail)
                      + ". Check the gateway account.";
          case LOW_CREDITS ->
              pl
                  ? "malo srodkow na koncie bramki SMS: " + ascii(detail) + ". Doladuj konto."
                  : "low SMS gateway credits: " + ascii(detail) + ". Top up the account.";
          case UNREACHABLE ->
              pl
                  ? "bramka SMS nie przyjmuje wiadomosci od 30 min (" + ascii(detail) + ")."
                  : "the SMS gateway has taken no SMS for 30 min (" + ascii(detail) + ").";
          case TEST ->
              pl
                  ? "test alertu dla kierownika. Ten numer dostanie alerty o wysylce SMS."
                  : "manager alert test. This number will get alerts about SMS sending.";
        };
    String text = who + ": " + what;
    return text.length() <= 160 ? text : text.substring(0, 157) + "...";
  }

  /**
   * Drops what GSM-7 cannot carry cheaply: Polish letters folded, anything else outside ASCII
   * removed.
   */
  static String ascii(String s) {
    if (s == null) {
      return "";
    }
    String folded = pl.ordernotify.templates.SmsLength.fold(s);
    StringBuilder b = new StringBuilder();
    for (char ch : folded.toCharArray()) {
      if (ch >= 32 && ch < 127 && "[]{}\\^~|`".indexOf(ch) < 0) {
        b.append(ch);
      }
    }
    return b.toString().trim();
  }
}
