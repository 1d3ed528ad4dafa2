package pl.ordernotify.gateway.serwersms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.http.Exchange;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.LogText;
import pl.ordernotify.gateway.http.Outcomes;

/** Reads SerwerSMS's answer to a send (serwersms.md §5, §7): per item, never on success alone. */
final class SerwerSmsSendReader {

  private static final Logger log = LoggerFactory.getLogger(SerwerSmsSendReader.class);
  private static final String NAME = SerwerSmsApi.NAME;

  private final SerwerSmsApi api;
  private final Clock clock;

  SerwerSmsSendReader(SerwerSmsApi api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  SendResult read(Exchange exchange, String phone) {
    if (!(exchange instanceof Exchange.Answer answer)) {
      return Outcomes.ofTransport(exchange, NAME);
    }
    Optional<JsonNode> root = api.parse(answer.body());
    JsonNode error = root.map(node -> node.get("error")).orElse(null);
    if (error != null && error.isObject()) {
      return classify(Json.text(error, "code"), Json.text(error, "message"), answer);
    }
    if (!answer.ok()) {
      return Outcomes.ofStatus(answer, NAME, clock.instant());
    }
    if (root.isEmpty()) {
      log.warn(
          "SerwerSMS answered a send with something that is not JSON: {}",
          LogText.body(answer.body()));
      return new SendResult.Unknown("SerwerSMS answered with an empty or unreadable body");
    }
    return readItem(itemFor(root.get().path("items"), phone), answer);
  }

  /**
   * The answer to a {@code send_personalized} of many messages: one result per phone, in order.
   * Items are matched by their echoed unique_id, else by phone; a message the answer does not
   * account for is {@link SendResult.Unknown}, to be looked up by its unique_id before any resend.
   */
  java.util.List<SendResult> readBatch(
      Exchange exchange, java.util.List<String> phones, java.util.List<String> keys) {
    int n = phones.size();
    if (!(exchange instanceof Exchange.Answer answer)) {
      return java.util.Collections.nCopies(n, Outcomes.ofTransport(exchange, NAME));
    }
    Optional<JsonNode> root = api.parse(answer.body());
    JsonNode error = root.map(node -> node.get("error")).orElse(null);
    if (error != null && error.isObject()) {
      return java.util.Collections.nCopies(
          n, classify(Json.text(error, "code"), Json.text(error, "message"), answer));
    }
    if (!answer.ok()) {
      return java.util.Collections.nCopies(n, Outcomes.ofStatus(answer, NAME, clock.instant()));
    }
    if (root.isEmpty() || !root.get().path("items").isArray()) {
      log.warn("SerwerSMS answered a batch without items: {}", LogText.body(answer.body()));
      return java.util.Collections.nCopies(
          n, new SendResult.Unknown("SerwerSMS did not say which messages were queued"));
    }
    java.util.List<JsonNode> items = new java.util.ArrayList<>();
    root.get().path("items").forEach(items::add);
    java.util.List<SendResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonNode item = take(items, keys.get(i), phones.get(i));
      results.add(
          item == null
              ? new SendResult.Unknown("SerwerSMS's answer to the batch did not list this message")
              : readItem(item, answer));
    }
    return results;
  }

  private static JsonNode take(java.util.List<JsonNode> items, String key, String phone) {
    JsonNode found =
        items.stream()
            .filter(it -> key.equals(Json.text(it, "unique_id")))
            .findFirst()
            .orElseGet(
                () ->
                    items.stream()
                        .filter(it -> phone.equals(Json.text(it, "phone")))
                        .findFirst()
                        .orElse(null));
    items.remove(found);
    return found;
  }

  private SendResult readItem(JsonNode item, Exchange.Answer answer) {
    String status = item == null ? null : Json.text(item, "status");
    String id = item == null ? null : Json.text(item, "id");
    if ("queued".equals(status) && id != null) {
      Integer parts = Json.integer(item, "parts");
      return new SendResult.Accepted(id, parts == null ? 1 : parts, null);
    }
    if ("unsent".equals(status)) {
      String code = Json.text(item, "error_code");
      String message = Json.text(item, "error_message");
      if (code == null) {
        return new SendResult.Rejected(
            "UNSENT",
            "SerwerSMS did not send the message" + (message == null ? "" : " (" + message + ")"));
      }
      return classify(code, message, answer);
    }
    // Without a queued item and its id we cannot tell whether it went out; a look-up by
    // unique_id settles it before any resend.
    log.warn("SerwerSMS answered a send without a readable item: {}", LogText.body(answer.body()));
    return new SendResult.Unknown("SerwerSMS did not say whether the message was queued");
  }

  /** Our recipient's item; we send one number per request, so the first item is the fallback. */
  private static JsonNode itemFor(JsonNode items, String phone) {
    if (!items.isArray() || items.isEmpty()) {
      return null;
    }
    for (JsonNode item : items) {
      if (phone.equals(Json.text(item, "phone"))) {
        return item;
      }
    }
    return items.get(0);
  }

  private SendResult classify(String code, String message, Exchange.Answer answer) {
    SerwerSmsCodes.Code known = SerwerSmsCodes.lookup(code);
    String said = message == null ? "" : " (" + message + ")";
    String codeText = code == null ? "ERROR" : code;
    if (known == null) {
      if (answer.transientStatus()) {
        return Outcomes.ofStatus(answer, NAME, clock.instant());
      }
      log.warn(
          "SerwerSMS answered error {}, which is not in our table; failing this message. Body: {}",
          codeText,
          LogText.body(answer.body()));
      return new SendResult.Rejected(
          codeText, "SerwerSMS error " + codeText + ": unknown error" + said);
    }
    String reason = "SerwerSMS error " + codeText + ": " + known.meaning() + said;
    return switch (known.kind()) {
      case REJECT -> new SendResult.Rejected(codeText, reason);
      case ACCOUNT -> new SendResult.AccountProblem(codeText, reason);
      case RETRY -> new SendResult.RetryLater(codeText, reason, null);
    };
  }
}
