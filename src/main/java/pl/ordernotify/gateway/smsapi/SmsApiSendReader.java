package pl.ordernotify.gateway.smsapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.http.Exchange;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.LogText;

/** Reads SMSAPI's answer to a send (smsapi.md §5, §7). Errors come inside HTTP 200. */
final class SmsApiSendReader {

  private static final Logger log = LoggerFactory.getLogger(SmsApiSendReader.class);

  /** Error 52: at most 10 attempts to one number within 60 seconds. */
  private static final Duration THROTTLE_WAIT = Duration.ofSeconds(60);

  private final ObjectMapper json;
  private final Clock clock;

  SmsApiSendReader(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /** A 2xx answer to a send to {@code number} (the form sent as {@code to}). */
  SendResult read(Exchange.Answer answer, String number) {
    String body = answer.body().strip();
    if (body.isEmpty()) {
      return new SendResult.Unknown("SMSAPI answered with an empty body");
    }
    Matcher plain = SmsApiCodes.PLAIN_ERROR.matcher(body);
    if (plain.matches()) {
      return classify(plain.group(1), null, body);
    }
    Optional<JsonNode> root = Json.object(json, body);
    if (root.isEmpty()) {
      log.warn("SMSAPI answered a send with something that is not JSON: {}", LogText.body(body));
      return new SendResult.Unknown("SMSAPI answered with something that is not JSON");
    }
    String error = Json.text(root.get(), "error");
    if (error != null && !error.equals("0")) {
      return classify(error, Json.text(root.get(), "message"), body);
    }
    return readEntry(root.get(), number, body);
  }

  private SendResult readEntry(JsonNode root, String number, String body) {
    JsonNode entry = entryFor(root.path("list"), number);
    if (entry == null) {
      if (root.has("invalid_numbers")) {
        return new SendResult.Rejected("13", "SMSAPI listed the number as invalid");
      }
      log.warn("SMSAPI answered a send without a message entry: {}", LogText.body(body));
      return new SendResult.Unknown("SMSAPI answered without a message id");
    }
    String error = Json.text(entry, "error");
    if (error != null && !error.equals("0")) {
      return classify(error, Json.text(entry, "message"), body);
    }
    String id = Json.text(entry, "id");
    if (id == null) {
      return new SendResult.Rejected("NOT_ACCEPTED", "SMSAPI listed the message without an id");
    }
    Integer parts = Json.integer(root, "parts");
    if (parts == null) {
      parts = Json.integer(entry, "parts");
    }
    return new SendResult.Accepted(id, parts == null ? 1 : parts, Json.decimal(entry, "points"));
  }

  /** Our recipient's entry; we send one number per request, so the first entry is the fallback. */
  private static JsonNode entryFor(JsonNode list, String number) {
    if (!list.isArray() || list.isEmpty()) {
      return null;
    }
    for (JsonNode entry : list) {
      if (number.equals(Json.text(entry, "number"))
          || number.equals(Json.text(entry, "submitted_number"))) {
        return entry;
      }
    }
    return list.get(0);
  }

  /** An error code in the class smsapi.md §7 gives it; an unknown code fails only this message. */
  SendResult classify(String codeText, String gatewayMessage, String body) {
    SmsApiCodes.Code code =
        codeText.matches("\\d{1,9}") ? SmsApiCodes.lookup(Integer.parseInt(codeText)) : null;
    String said = gatewayMessage == null ? "" : " (" + gatewayMessage + ")";
    if (code == null) {
      log.warn(
          "SMSAPI answered error {}, which is not in our table; failing this message. Body: {}",
          codeText,
          LogText.body(body));
      return new SendResult.Rejected(
          codeText, "SMSAPI error " + codeText + ": unknown error" + said);
    }
    String reason = "SMSAPI error " + codeText + ": " + code.meaning() + said;
    return switch (code.kind()) {
      case REJECT -> new SendResult.Rejected(codeText, reason);
      case ACCOUNT -> new SendResult.AccountProblem(codeText, reason);
      case RETRY ->
          new SendResult.RetryLater(
              codeText, reason, codeText.equals("52") ? clock.instant().plus(THROTTLE_WAIT) : null);
      // check_idx=1 refused a reused idx: accepted earlier. The answer carries no message id.
      case DUPLICATE -> new SendResult.Duplicate(null);
    };
  }
}
