package pl.ordernotify.campaigns;

import java.util.List;

/**
 * A campaign action refused: a code and its values for the console to put into words, and one plain
 * English sentence (the message) for the command line. Nothing was written.
 */
public final class CampaignRefusal extends IllegalArgumentException {

  private final String code;
  private final List<Object> values;

  public CampaignRefusal(String code, String sentence, Object... values) {
    super(sentence);
    this.code = code;
    this.values = List.of(values);
  }

  /**
   * NAME_TAKEN, NO_TEMPLATE, NOT_CAMPAIGN_TEMPLATE, NO_CODE_PLACEHOLDER, CODE_CONFLICT,
   * EMPTY_AUDIENCE, …
   */
  public String code() {
    return code;
  }

  public List<Object> values() {
    return values;
  }
}
