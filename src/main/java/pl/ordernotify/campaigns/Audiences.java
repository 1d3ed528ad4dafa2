package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.SmsLength;

/** Who a campaign reaches, and what sending to them would take (parts, cost, cap, credits). */
public final class Audiences {

  private final Database db;
  private final Clock clock;

  public Audiences(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Customers with consent, no opt-out and a usable mobile, after the filters. */
  public List<Customer> of(AudienceFilter filter) {
    Instant since = clock.instant().minus(Duration.ofDays(Math.max(1, filter.days())));
    return db.withMapper(CampaignMapper.class, m -> m.audience(filter, since)).stream()
        .filter(c -> PhoneNumbers.check(c.phone()) instanceof PhoneCheck.Valid)
        .toList();
  }

  public int count(AudienceFilter filter) {
    return of(filter).size();
  }

  /**
   * Renders every recipient's SMS with their real values; {@code codes} gives each recipient's code
   * in audience order (for unique codes before the start: codes of the same length).
   */
  public CampaignPreview preview(
      List<Customer> audience,
      List<String> codes,
      CampaignTexts texts,
      Restaurant restaurant,
      Supplier<SmsGateway> gateways,
      boolean askGateway) {
    Map<String, Integer> byLanguage = new TreeMap<>();
    int maxParts = 0;
    long total = 0;
    String sample = null;
    int unrenderable = 0;
    String why = null;
    String whyCode = null;
    for (int i = 0; i < audience.size(); i++) {
      Customer c = audience.get(i);
      CampaignTexts.Text t = texts.render(c.language(), c.name(), texts.codeFor(codes.get(i)));
      if (!t.ok()) {
        unrenderable++;
        why = why == null ? t.refusal() : why;
        whyCode = whyCode == null ? t.refusalCode() : whyCode;
        continue;
      }
      byLanguage.merge(t.template().language(), 1, Integer::sum);
      total += t.parts();
      if (t.parts() > maxParts
          || sample == null
          || (t.parts() == maxParts && t.text().length() > sample.length())) {
        maxParts = Math.max(maxParts, t.parts());
        sample = t.text();
      }
    }
    BigDecimal cost =
        SmsLength.estimateCost((int) Math.min(Integer.MAX_VALUE, total), restaurant.pricePerPart());
    long used = usedThisMonth(restaurant.zone());
    Integer cap = restaurant.monthlyCapParts();
    Long remaining = cap == null ? null : cap - used - total;
    long over = remaining == null || remaining >= 0 ? 0 : -remaining;
    SmsGateway gateway = askGateway ? gateways.get() : null;
    BalanceResult.Balance credits = gateway == null ? null : credits(gateway);
    return new CampaignPreview(
        audience.size() - unrenderable,
        byLanguage,
        maxParts,
        total,
        cost,
        restaurant.currency(),
        credits,
        gateway == null ? null : gateway.provider(),
        cap,
        used,
        remaining,
        over,
        sample,
        unrenderable,
        why,
        whyCode);
  }

  /** Parts sent through a real gateway this calendar month, restaurant time. */
  public long usedThisMonth(ZoneId zone) {
    ZonedDateTime start =
        clock.instant().atZone(zone).withDayOfMonth(1).toLocalDate().atStartOfDay(zone);
    Instant from = start.toInstant();
    Instant to = start.plusMonths(1).toInstant();
    return db.withMapper(MessageMapper.class, m -> m.partsSentBetween(from, to));
  }

  private static BalanceResult.Balance credits(SmsGateway gateway) {
    if (gateway.dryRun()) {
      return null;
    }
    return gateway.balance() instanceof BalanceResult.Balance balance ? balance : null;
  }
}
