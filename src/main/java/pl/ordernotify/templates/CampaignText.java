package pl.ordernotify.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a CAMPAIGN text must say to be lawful marketing (DESIGN §10, issue 11): who sends it (the
 * restaurant's name, or the gateway's sender name) and, where the gateway reads replies, how to
 * withdraw ("odpisz STOP"). The editor warns with the exact fix; saving is not refused.
 */
public final class CampaignText {

  /** A missing part of a campaign text. */
  public enum Warning {
    /** Neither {@code <<nazwaLokalu>>} nor a gateway sender name tells who sends it. */
    NO_RESTAURANT_NAME,
    /** The gateway reads replies, but the text does not say "odpisz STOP". */
    NO_STOP
  }

  /** The Polish sentence appended by the fix for {@link Warning#NO_STOP}. */
  public static final String STOP_FIX = "Rezygnacja: odpisz STOP";

  private CampaignText() {}

  /**
   * @param senderName the gateway account's sender name (null or blank: none)
   * @param readsReplies true when the gateway's inbox is read (SerwerSMS)
   */
  public static List<Warning> warnings(
      String body, TemplateKind kind, String senderName, boolean readsReplies) {
    List<Warning> found = new ArrayList<>();
    if (kind != TemplateKind.CAMPAIGN || body == null || body.isBlank()) {
      return found;
    }
    boolean named =
        body.contains(Variable.NAZWA_LOKALU.placeholder())
            || (senderName != null && !senderName.isBlank());
    if (!named) {
      found.add(Warning.NO_RESTAURANT_NAME);
    }
    if (readsReplies && !body.toUpperCase(Locale.ROOT).matches("(?s).*\\bSTOP\\b.*")) {
      found.add(Warning.NO_STOP);
    }
    return found;
  }

  /** The body with every warning fixed: the restaurant's name and the way to withdraw appended. */
  public static String fixed(String body, List<Warning> warnings) {
    String text = body == null ? "" : body.stripTrailing();
    if (warnings.contains(Warning.NO_RESTAURANT_NAME)) {
      text = text + " " + Variable.NAZWA_LOKALU.placeholder();
    }
    if (warnings.contains(Warning.NO_STOP)) {
      text = text + (text.endsWith(".") ? " " : ". ") + STOP_FIX;
    }
    return text.strip();
  }
}
