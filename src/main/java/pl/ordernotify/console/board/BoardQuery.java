package pl.ordernotify.console.board;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import pl.ordernotify.console.Durations;
import pl.ordernotify.console.MessageWords;
import pl.ordernotify.console.Texts;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageFilter;
import pl.ordernotify.messages.MessageRow;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.SettingsService;

/** Reads today's orders with their SMS, in two queries, and puts them into the board's words. */
final class BoardQuery {

  /** One order, ready to show. */
  record Row(
      long id,
      String orderNo,
      OrderStatus status,
      String statusText,
      Instant changedAt,
      String since,
      String customer,
      String total,
      List<SmsBadge> sms) {}

  private final BoardServices services;
  private final Texts texts;
  private final MessageWords words;
  private final Map<Long, String> customerNames = new ConcurrentHashMap<>();

  BoardQuery(BoardServices services, Texts texts) {
    this.services = services;
    this.texts = texts;
    this.words = new MessageWords(texts);
  }

  /** Today's orders, newest first. Runs in the background. */
  List<Row> today(Instant now) {
    SettingsService.Restaurant r = services.settings().restaurant();
    ZoneId zone = r.zone();
    List<DeliveryOrder> orders = services.orders().today(zone);
    Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    Map<Long, List<Message>> sms =
        services
            .messages()
            .list(new MessageFilter(null, null, null, null, midnight, null, 5000))
            .stream()
            .map(MessageRow::message)
            .filter(m -> m.orderId() != null)
            .collect(Collectors.groupingBy(Message::orderId));
    NumberFormat money = NumberFormat.getCurrencyInstance(r.locale());
    money.setCurrency(Currency.getInstance(r.currency()));
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
    List<Row> rows = new ArrayList<>();
    for (DeliveryOrder o : orders) {
      Instant changed = o.statusChangedAt() != null ? o.statusChangedAt() : o.placedAt();
      List<SmsBadge> badges =
          sms.getOrDefault(o.id(), List.of()).stream().map(m -> badge(m, hhmm)).toList();
      rows.add(
          new Row(
              o.id(),
              o.orderNo(),
              o.orderStatus(),
              texts.of("order.status", o.orderStatus()),
              changed,
              Durations.since(changed, now, texts),
              customer(o),
              o.totalGross() == null ? "" : money.format(o.totalGross()),
              badges));
    }
    return rows;
  }

  private SmsBadge badge(Message m, DateTimeFormatter hhmm) {
    Instant when = m.sentAt() != null ? m.sentAt() : m.dueAt();
    return new SmsBadge(
        m.id(),
        words.stage(m.stage()),
        words.status(m.status().name()),
        MessageWords.style(m.status().name()),
        when == null ? "" : hhmm.format(when),
        m.smsText() == null ? "" : m.smsText(),
        words.reason(m),
        words.labelledDetail(m));
  }

  private String customer(DeliveryOrder o) {
    if (o.customerId() == null) {
      return o.phone() == null
          ? texts.get("board.walkIn")
          : pl.ordernotify.gateway.PhoneNumbers.display(o.phone());
    }
    return customerNames.computeIfAbsent(
        o.customerId(),
        id -> {
          Customer c = services.customers().byId(id);
          return c == null ? "" : c.name();
        });
  }
}
