package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.ReportDue;
import pl.ordernotify.messages.Transition;
import pl.ordernotify.store.Database;

/**
 * Delivery reports (DESIGN rule 8): SENT messages are asked about 1, 5 and 15 minutes after
 * sending, then hourly, until the report is final or a day has passed since the SMS expired.
 */
final class ReportPoller {

  private static final Logger log = LoggerFactory.getLogger(ReportPoller.class);
  private static final int PER_REQUEST = 100;
  private static final Duration GIVE_UP_AFTER_EXPIRY = Duration.ofDays(1);

  private final Database db;
  private final Clock clock;

  ReportPoller(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Returns how many messages got a final status. */
  int poll(Supplier<SmsGateway> gateways) {
    Instant now = clock.instant();
    List<ReportDue> due =
        db.withMapper(MessageMapper.class, m -> m.reportsDue(now, 5 * PER_REQUEST));
    if (due.isEmpty()) {
      return 0;
    }
    SmsGateway gateway = gateways.get();
    // Only the gateway that took a message can report on it; after a switch of account the old
    // messages get no report rather than a wrong one.
    List<ReportDue> ours =
        due.stream()
            .filter(d -> d.gateway() == null || d.gateway().equals(gateway.provider()))
            .toList();
    due.stream()
        .filter(d -> !ours.contains(d))
        .forEach(
            d -> noReport(d, now, MessageDetail.of(DetailCode.REPORT_OLD_ACCOUNT, d.gateway())));
    int finals = 0;
    for (int i = 0; i < ours.size(); i += PER_REQUEST) {
      finals += pollChunk(gateway, ours.subList(i, Math.min(ours.size(), i + PER_REQUEST)), now);
    }
    return finals;
  }

  private void noReport(ReportDue d, Instant now, MessageDetail detail) {
    db.withMapper(
        MessageMapper.class, m -> m.nextReport(d.id(), null, "NO_REPORT", detail.encode(), now));
  }

  private int pollChunk(SmsGateway gateway, List<ReportDue> chunk, Instant now) {
    ReportsResult result =
        gateway.reports(chunk.stream().map(ReportDue::gatewayMessageId).toList());
    Map<String, DeliveryReport> byId = new HashMap<>();
    if (result instanceof ReportsResult.Reports r) {
      r.reports().forEach(rep -> byId.put(rep.gatewayId(), rep));
    } else if (result instanceof ReportsResult.Failed f) {
      log.info("Delivery reports could not be fetched ({}); asking again later", f.reason());
    }
    int finals = 0;
    for (ReportDue d : chunk) {
      finals += store(d, byId.get(d.gatewayMessageId()), now) ? 1 : 0;
    }
    return finals;
  }

  private boolean store(ReportDue d, DeliveryReport report, Instant now) {
    if (report != null && report.status().isFinal() && report.status() != DeliveryStatus.UNKNOWN) {
      String status = report.status().name().toLowerCase(java.util.Locale.ROOT);
      MessageDetail detail =
          report.status() == DeliveryStatus.DELIVERED
              ? MessageDetail.of(DetailCode.REPORT_DELIVERED)
              : report.detail() == null
                  ? MessageDetail.of(DetailCode.REPORT_STATUS, status)
                  : MessageDetail.of(DetailCode.REPORT_STATUS_TEXT, status, report.detail());
      Instant at = report.at() != null ? report.at() : now;
      db.withMapper(
          MessageMapper.class,
          m ->
              m.storeReport(
                  d.id(),
                  Transition.report(MessageStatus.valueOf(report.status().name())),
                  at,
                  report.cost(),
                  detail.encode(),
                  now));
      return true;
    }
    Instant giveUp =
        (d.expiresAt() != null ? d.expiresAt() : d.sentAt()).plus(GIVE_UP_AFTER_EXPIRY);
    boolean noMore =
        (report != null && report.status() == DeliveryStatus.UNKNOWN) || !now.isBefore(giveUp);
    if (noMore) {
      noReport(d, now, MessageDetail.of(DetailCode.REPORT_NONE));
      return false;
    }
    Instant next = Backoff.nextReport(d.sentAt() == null ? now : d.sentAt(), now);
    db.withMapper(MessageMapper.class, m -> m.nextReport(d.id(), next, null, null, now));
    return false;
  }
}
