package pl.ordernotify.gateway.smsapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.http.Json;

/** SMSAPI delivery statuses (smsapi.md §6) as our {@link DeliveryStatus}. */
final class SmsApiStatuses {

  private static final Logger log = LoggerFactory.getLogger(SmsApiStatuses.class);

  private SmsApiStatuses() {}

  static DeliveryStatus map(String name) {
    return switch (name == null ? "" : name.toUpperCase(Locale.ROOT)) {
      case "QUEUE", "SENT", "RENEWAL" -> DeliveryStatus.PENDING;
      case "DELIVERED" -> DeliveryStatus.DELIVERED;
      case "UNDELIVERED" -> DeliveryStatus.UNDELIVERED;
      // SMSAPI never got it to the operator: nothing was delivered and nothing will be.
      // STOP is unconfirmed in the reference; it is listed as final and failed.
      case "FAILED", "REJECTED", "STOP" -> DeliveryStatus.FAILED;
      case "EXPIRED" -> DeliveryStatus.EXPIRED;
      // ACCEPTED: the operator took it and, as the official clients assume, no further report
      // follows. Calling that DELIVERED would claim more than we know, so it is a final UNKNOWN.
      case "NOT_FOUND", "UNKNOWN", "ACCEPTED" -> DeliveryStatus.UNKNOWN;
      default -> {
        // Keep polling a status we do not know; the sender stops at the message's expiry.
        log.warn("SMSAPI reported delivery status {}, which is not in our table", name);
        yield DeliveryStatus.PENDING;
      }
    };
  }

  /** The {@code list} of a status poll; entries without an id are skipped. */
  static List<DeliveryReport> read(JsonNode root) {
    List<DeliveryReport> reports = new ArrayList<>();
    for (JsonNode entry : root.path("list")) {
      String id = Json.text(entry, "id");
      if (id == null) {
        continue;
      }
      String error = Json.text(entry, "error");
      String status = Json.text(entry, "status");
      if (error != null && status == null) {
        reports.add(
            new DeliveryReport(id, DeliveryStatus.UNKNOWN, null, "SMSAPI error " + error, null));
      } else {
        reports.add(
            new DeliveryReport(id, map(status), null, status, Json.decimal(entry, "points")));
      }
    }
    return reports;
  }
}
