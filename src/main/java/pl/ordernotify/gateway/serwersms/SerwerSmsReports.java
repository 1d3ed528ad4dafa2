package pl.ordernotify.gateway.serwersms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.http.Json;

/** SerwerSMS report items (serwersms.md §6) as our {@link DeliveryReport}. */
final class SerwerSmsReports {

  private static final Logger log = LoggerFactory.getLogger(SerwerSmsReports.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The reports API gives Polish local time (unconfirmed, but it is a Polish-only service). */
  private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

  private SerwerSmsReports() {}

  static DeliveryStatus map(String status, String reason) {
    if ("message_expired".equals(reason)
        && ("undelivered".equals(status) || "unsent".equals(status))) {
      return DeliveryStatus.EXPIRED;
    }
    return switch (status == null ? "" : status) {
      case "in_progress", "saved", "sent", "pending" -> DeliveryStatus.PENDING;
      case "delivered" -> DeliveryStatus.DELIVERED;
      case "undelivered" -> DeliveryStatus.UNDELIVERED;
      case "unsent" -> DeliveryStatus.FAILED;
      default -> {
        // Keep polling a status we do not know; the sender stops at the message's expiry.
        log.warn("SerwerSMS reported delivery status {}, which is not in our table", status);
        yield DeliveryStatus.PENDING;
      }
    };
  }

  /** One report item; null when it has no id. */
  static DeliveryReport report(JsonNode item) {
    String id = Json.text(item, "id");
    if (id == null) {
      return null;
    }
    String status = Json.text(item, "status");
    String reason = Json.text(item, "reason");
    Instant at = time(Json.text(item, "delivered"));
    if (at == null) {
      at = time(Json.text(item, "sent"));
    }
    String detail = reason == null ? status : status + ": " + reason;
    return new DeliveryReport(id, map(status, reason), at, detail, Json.decimal(item, "cost"));
  }

  private static Instant time(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), TIME).atZone(POLAND).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
