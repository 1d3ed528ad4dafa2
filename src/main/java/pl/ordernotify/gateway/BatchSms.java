package pl.ordernotify.gateway;

import java.util.List;

/**
 * Many SMS sent in one gateway request (campaigns, DESIGN §9). Each item carries its exact text;
 * {@code pattern} is the text with {@code [%1%]}…{@code [%4%]} where the items' {@code params} go,
 * for gateways that personalise one text (SMSAPI). An item whose text is not the pattern filled
 * with its params is sent on its own, so what is sent is always the item's text.
 *
 * @param senderName registered sender name; null means the account default where allowed
 * @param test gateway test mode: validated and answered, nothing sent or charged
 * @param foldDiacritics ask the gateway to replace national characters so the text stays GSM-7
 */
public record BatchSms(
    String pattern, List<Item> items, String senderName, boolean test, boolean foldDiacritics) {

  /**
   * Holds every text as it will be sent and counted ({@link SmsText#prepare}), as {@link
   * OutgoingSms} does.
   */
  public BatchSms {
    boolean fold = foldDiacritics;
    pattern = pattern == null ? null : SmsText.prepare(pattern, fold);
    items =
        items.stream()
            .map(
                i ->
                    new Item(
                        i.to(),
                        SmsText.prepare(i.text(), fold),
                        i.idempotencyKey(),
                        i.params() == null
                            ? List.of()
                            : i.params().stream()
                                .map(v -> v == null ? null : SmsText.prepare(v, fold))
                                .toList()))
            .toList();
  }

  /** Where a parameter goes in {@link #pattern}; SMSAPI substitutes these. */
  public static String slot(int index) {
    return "[%" + (index + 1) + "%]";
  }

  /** One recipient: E.164 number, exact text, idempotency key and up to four parameter values. */
  public record Item(String to, String text, String idempotencyKey, List<String> params) {}

  /** The one-SMS form of an item, for gateways and cases that send them one by one. */
  public OutgoingSms single(Item item) {
    return new OutgoingSms(
        item.to(), item.text(), senderName, item.idempotencyKey(), null, test, foldDiacritics);
  }

  /**
   * The pattern with this item's parameters in place ({@code |} removed, as SMSAPI joins on it).
   */
  public String filled(Item item) {
    if (pattern == null) {
      return null;
    }
    String text = pattern;
    for (int i = 0; i < item.params().size(); i++) {
      text = text.replace(slot(i), paramValue(item.params().get(i)));
    }
    return text;
  }

  /** A parameter as SMSAPI can carry it. */
  public static String paramValue(String value) {
    return value == null ? "" : value.replace("|", "");
  }
}
