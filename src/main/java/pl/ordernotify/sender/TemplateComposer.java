package pl.ordernotify.sender;

import java.time.ZoneOffset;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.gateway.SmsText;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.templates.RenderResult;
import pl.ordernotify.templates.RenderValues;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.TemplateKind;

/**
 * Renders the stage's template through the templates package (DESIGN §4). With the fold setting on,
 * Polish diacritics are replaced here, so the text stored is exactly the text sent.
 */
final class TemplateComposer implements MessageComposer {

  private final Renderer renderer;

  TemplateComposer(Renderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public Composition compose(Input in) {
    RenderResult result =
        renderer.render(in.templateBody(), TemplateKind.valueOf(in.templateKind()), values(in));
    if (result instanceof RenderResult.Refused r) {
      return new Refused(r.code().name(), MessageDetail.forRefusal(r));
    }
    String text = ((RenderResult.Rendered) result).text();
    text = SmsText.prepare(text, in.restaurant().foldDiacritics());
    return new Text(text, SmsText.parts(text));
  }

  private static RenderValues values(Input in) {
    DeliveryOrder o = in.order();
    Customer c = in.customer();
    Restaurant r = in.restaurant();
    return RenderValues.builder()
        .orderNo(o.orderNo())
        .totalGross(o.totalGross())
        .placedAt(o.placedAt() == null ? null : o.placedAt().atOffset(ZoneOffset.UTC))
        .prepMinutes(o.prepMinutes())
        .paymentMethod(o.paymentMethod())
        .customerName(c == null ? null : c.name())
        .restaurantName(r.name())
        .restaurantPhone(r.phone())
        .locale(r.locale())
        .currencyCode(r.currency())
        .zone(r.zone())
        .language(in.templateLanguage())
        .build();
  }
}
