package pl.ordernotify.console.campaigns;

import pl.ordernotify.campaigns.CampaignRefusal;
import pl.ordernotify.console.Texts;

/** A service's refusal in the console's words: {@code campaigns.refusal.CODE} with its values. */
final class Refusals {

  private Refusals() {}

  static String words(Texts texts, Throwable e) {
    if (e instanceof CampaignRefusal r && texts.has("campaigns.refusal." + r.code())) {
      return texts.get("campaigns.refusal." + r.code(), r.values().toArray());
    }
    if (e instanceof IllegalArgumentException) {
      return texts.get("campaigns.refusal.INPUT");
    }
    return null;
  }
}
