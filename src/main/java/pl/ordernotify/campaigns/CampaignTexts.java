package pl.ordernotify.campaigns;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.templates.RenderResult;
import pl.ordernotify.templates.RenderValues;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.SmsLength;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.ValueFormatter;

/**
 * Writes a campaign's SMS for a recipient: the template of the recipient's language (else Polish,
 * else the first one), filled with the promotion, the code and the first name, folded when the
 * restaurant wants GSM-7. The text computed here is the text stored and sent.
 */
public final class CampaignTexts {

  /**
   * A finished SMS, or the reason there is none ({@code refusal} then holds the sentence, {@code
   * why} the explanation stored on a skipped recipient).
   */
  public record Text(
      CampaignTemplate template,
      String text,
      int parts,
      String refusal,
      String refusalCode,
      pl.ordernotify.messages.MessageDetail why) {
    public boolean ok() {
      return text != null;
    }
  }

  private final Renderer renderer;
  private final Campaign campaign;
  private final Map<String, CampaignTemplate> byLanguage;
  private final Restaurant restaurant;
  private final Map<String, String> patterns = new java.util.concurrent.ConcurrentHashMap<>();

  public CampaignTexts(
      Renderer renderer,
      Campaign campaign,
      List<CampaignTemplate> templates,
      Restaurant restaurant) {
    this.renderer = renderer;
    this.campaign = campaign;
    this.byLanguage =
        templates.stream()
            .collect(
                Collectors.toMap(
                    CampaignTemplate::language, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));
    this.restaurant = restaurant;
  }

  public CampaignTemplate templateFor(String language) {
    CampaignTemplate t = byLanguage.get(language);
    if (t == null) {
      t = byLanguage.get("pl");
    }
    return t != null ? t : byLanguage.values().iterator().next();
  }

  /** The code a recipient gets: its own unique code, or the shared one. */
  public String codeFor(String recipientCode) {
    return Campaign.UNIQUE.equals(campaign.codeMode()) ? recipientCode : campaign.sharedCode();
  }

  /**
   * The SMS for one recipient. A template's text is rendered once with slots for the first name and
   * the code, and each recipient's text is that text with their values in the slots: exactly what
   * the renderer gives for values that are present (it only places them), at a fraction of the
   * cost. Anything else (no name, no code, a body that contains a slot) goes through the renderer.
   */
  public Text render(String language, String customerName, String code) {
    CampaignTemplate t = templateFor(language);
    String first =
        customerName == null || customerName.isBlank()
            ? null
            : ValueFormatter.firstName(customerName);
    String pattern = first == null || code == null || t.body().contains("[%") ? null : pattern(t);
    if (pattern != null) {
      String text =
          pattern.replace(BatchSms.slot(0), fold(first)).replace(BatchSms.slot(1), fold(code));
      return new Text(t, text, Math.max(1, SmsLength.count(text).parts()), null, null, null);
    }
    return renderFully(t, customerName, code);
  }

  private String pattern(CampaignTemplate t) {
    return patterns.computeIfAbsent(
        t.language(),
        l -> {
          Text slotted = renderFully(t, BatchSms.slot(0), BatchSms.slot(1));
          return slotted.ok() ? slotted.text() : null;
        });
  }

  private Text renderFully(CampaignTemplate t, String customerName, String code) {
    RenderResult r =
        renderer.render(t.body(), TemplateKind.CAMPAIGN, values(t.language(), customerName, code));
    if (r instanceof RenderResult.Refused refused) {
      return new Text(
          t,
          null,
          0,
          refused.message(),
          refused.code().name(),
          pl.ordernotify.messages.MessageDetail.forRefusal(refused));
    }
    String text = fold(((RenderResult.Rendered) r).text());
    return new Text(t, text, Math.max(1, SmsLength.count(text).parts()), null, null, null);
  }

  /**
   * The text of {@code language} with SMSAPI's slots for the first name ([%1%]) and the code
   * ([%2%]).
   */
  public String pattern(String language) {
    CampaignTemplate t = templateFor(language);
    String pattern = pattern(t);
    return pattern != null ? pattern : renderFully(t, BatchSms.slot(0), BatchSms.slot(1)).text();
  }

  /**
   * The values that fill {@link #pattern}: first name as the renderer writes it, and the code
   * (folded like the text).
   */
  public List<String> params(String customerName, String code) {
    String first =
        customerName == null || customerName.isBlank()
            ? ""
            : ValueFormatter.firstName(customerName);
    return List.of(fold(first), code == null ? "" : fold(code));
  }

  private String fold(String text) {
    return restaurant.foldDiacritics() ? SmsLength.fold(text) : text;
  }

  private RenderValues values(String language, String customerName, String code) {
    return RenderValues.builder()
        .customerName(customerName)
        .promotionName(campaign.promotion())
        .promoCode(code)
        .restaurantName(restaurant.name())
        .restaurantPhone(restaurant.phone())
        .locale(restaurant.locale())
        .currencyCode(restaurant.currency())
        .zone(restaurant.zone())
        .language(language)
        .build();
  }
}
