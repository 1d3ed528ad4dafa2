package pl.ordernotify.gateway.serwersms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.JsonReply;

/** {@code account/limits}: what is left of each message type (serwersms.md §5.4). */
final class SerwerSmsLimits {

  private final SerwerSmsApi api;

  SerwerSmsLimits(SerwerSmsApi api) {
    this.api = api;
  }

  /**
   * The FULL SMS count, which is what we send (always with a sender name). The amount is null when
   * the account has no limit; ECO+ is only mentioned in the description.
   */
  BalanceResult balance() {
    JsonReply reply = api.fetch("account/limits", api.body().put("show_type", true));
    if (!reply.ok()) {
      return new BalanceResult.Failed(reply.problem().code(), reply.problem().reason());
    }
    String full = value(reply.json(), "full");
    if (full == null) {
      return new BalanceResult.Failed(
          "UNREADABLE", "SerwerSMS did not say how many FULL SMS are left.");
    }
    return new BalanceResult.Balance(amount(full), describe(reply.json()));
  }

  /** The limits call is cheap and sends nothing, so it doubles as the token check. */
  CheckResult check() {
    JsonReply reply = api.fetch("account/limits", api.body());
    if (!reply.ok()) {
      return new CheckResult.Failed(reply.problem().code(), reply.problem().reason());
    }
    return new CheckResult.Ok("SerwerSMS accepted the API token; " + describe(reply.json()));
  }

  private static String describe(JsonNode root) {
    String text = "FULL SMS: " + words(value(root, "full"));
    String eco = value(root, "eco");
    return eco == null ? text : text + "; ECO+: " + words(eco);
  }

  private static String value(JsonNode root, String type) {
    for (JsonNode item : root.path("items")) {
      if (type.equals(Json.text(item, "type"))) {
        return Json.text(item, "value");
      }
    }
    return null;
  }

  private static BigDecimal amount(String value) {
    return switch (value) {
      case "no_limit" -> null;
      case "not_available" -> BigDecimal.ZERO;
      default -> value.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(value) : null;
    };
  }

  private static String words(String value) {
    if (value == null) {
      return "unknown";
    }
    return switch (value) {
      case "no_limit" -> "no limit";
      case "not_available" -> "not available on this account";
      default -> value + " left";
    };
  }
}
