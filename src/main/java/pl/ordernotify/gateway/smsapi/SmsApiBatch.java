package pl.ordernotify.gateway.smsapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.http.Exchange;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.LogText;
import pl.ordernotify.gateway.http.Outcomes;
import pl.ordernotify.gateway.http.Transport;

/**
 * A personalised bulk send (smsapi.md §3, §4): one {@code sms.do} with many comma-joined {@code
 * to}, the text with {@code [%1%]}…{@code [%4%]}, {@code param1}…{@code param4} and one {@code idx}
 * per recipient joined with {@code |}, and {@code check_idx=1}. An outcome the answer does not
 * settle for a recipient is {@link SendResult.Unknown}: resolved later by a resend of its idx
 * alone.
 */
final class SmsApiBatch {

  private static final Logger log = LoggerFactory.getLogger(SmsApiBatch.class);
  private static final int MAX_PARAMS = 4;

  private final GatewayConfig config;
  private final Transport transport;
  private final SmsApiSendReader reader;
  private final ObjectMapper json;
  private final Clock clock;

  SmsApiBatch(
      GatewayConfig config,
      Transport transport,
      SmsApiSendReader reader,
      ObjectMapper json,
      Clock clock) {
    this.config = config;
    this.transport = transport;
    this.reader = reader;
    this.json = json;
    this.clock = clock;
  }

  /** {@code numbers} are the items' numbers in SMSAPI form; every item fits the pattern. */
  List<SendResult> send(BatchSms batch, List<BatchSms.Item> items, List<String> numbers) {
    Exchange exchange = transport.execute(request(batch, items, numbers));
    List<SendResult> results = read(exchange, items, numbers);
    log.info(
        "SMSAPI batch of {}: {} accepted",
        items.size(),
        results.stream().filter(SendResult.Accepted.class::isInstance).count());
    return results;
  }

  private Request request(BatchSms batch, List<BatchSms.Item> items, List<String> numbers) {
    FormBody.Builder form =
        new FormBody.Builder(StandardCharsets.UTF_8)
            .add("to", String.join(",", numbers))
            .add("message", batch.pattern())
            .add("format", "json")
            .add("encoding", "utf-8")
            .add("details", "1")
            .add("idx", joined(items, BatchSms.Item::idempotencyKey))
            .add("check_idx", "1");
    int params = items.stream().mapToInt(i -> i.params().size()).max().orElse(0);
    for (int p = 0; p < Math.min(params, MAX_PARAMS); p++) {
      int at = p;
      form.add(
          "param" + (p + 1),
          joined(
              items, i -> at < i.params().size() ? BatchSms.paramValue(i.params().get(at)) : ""));
    }
    OutgoingSms first = batch.single(items.get(0));
    String sender = config.senderFor(first);
    if (sender != null) {
      form.add("from", sender);
    }
    if (batch.foldDiacritics()) {
      form.add("normalize", "1");
    }
    if (batch.test() || config.testMode()) {
      form.add("test", "1");
    }
    HttpUrl url = config.baseUrl().resolve("sms.do");
    return new Request.Builder().url(url).post(Transport.oneShot(form.build())).build();
  }

  private static String joined(List<BatchSms.Item> items, Function<BatchSms.Item, String> value) {
    return String.join("|", items.stream().map(value).toList());
  }

  private List<SendResult> read(
      Exchange exchange, List<BatchSms.Item> items, List<String> numbers) {
    if (!(exchange instanceof Exchange.Answer answer)) {
      return all(items, Outcomes.ofTransport(exchange, SmsApiGateway.NAME));
    }
    if (!answer.ok()) {
      return all(items, Outcomes.ofStatus(answer, SmsApiGateway.NAME, clock.instant()));
    }
    String body = answer.body().strip();
    Matcher plain = SmsApiCodes.PLAIN_ERROR.matcher(body);
    if (plain.matches()) {
      return all(items, whole(reader.classify(plain.group(1), null, body)));
    }
    Optional<JsonNode> root = Json.object(json, body);
    if (root.isEmpty()) {
      log.warn("SMSAPI answered a batch with something that is not JSON: {}", LogText.body(body));
      return all(
          items,
          new SendResult.Unknown("SMSAPI answered the batch with something that is not JSON"));
    }
    String error = Json.text(root.get(), "error");
    if (error != null && !error.equals("0")) {
      return all(items, whole(reader.classify(error, Json.text(root.get(), "message"), body)));
    }
    return perRecipient(root.get(), items, numbers, body);
  }

  /**
   * A whole-request error. 53 says some idx of the batch was used before, not which: each recipient
   * is then resolved on its own (its resend with check_idx=1 answers 53 if it had gone out).
   */
  private static SendResult whole(SendResult r) {
    return r instanceof SendResult.Duplicate
        ? new SendResult.Unknown(
            "SMSAPI refused the batch because one of its idx was used before (error 53)")
        : r;
  }

  private List<SendResult> perRecipient(
      JsonNode root, List<BatchSms.Item> items, List<String> numbers, String body) {
    Set<String> invalid = new HashSet<>();
    for (JsonNode bad : root.path("invalid_numbers")) {
      invalid.add(Json.text(bad, "number"));
      invalid.add(Json.text(bad, "submitted_number"));
    }
    Integer topParts = Json.integer(root, "parts");
    List<SendResult> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode entry = entryFor(root.path("list"), items.get(i).idempotencyKey(), numbers.get(i));
      results.add(
          entry == null ? missing(invalid, numbers.get(i)) : accepted(entry, topParts, body));
    }
    return results;
  }

  private SendResult accepted(JsonNode entry, Integer topParts, String body) {
    String error = Json.text(entry, "error");
    if (error != null && !error.equals("0")) {
      return reader.classify(error, Json.text(entry, "message"), body);
    }
    String id = Json.text(entry, "id");
    if (id == null || id.isBlank()) {
      return new SendResult.Rejected("NOT_ACCEPTED", "SMSAPI listed the message without an id");
    }
    Integer parts = Json.integer(entry, "parts");
    parts = parts != null ? parts : topParts;
    return new SendResult.Accepted(id, parts == null ? 1 : parts, Json.decimal(entry, "points"));
  }

  private static SendResult missing(Set<String> invalid, String number) {
    if (invalid.contains(number)
        || invalid.contains(number.substring(Math.min(2, number.length())))) {
      return new SendResult.Rejected("13", "SMSAPI listed the number as invalid");
    }
    return new SendResult.Unknown("SMSAPI's answer to the batch did not list this recipient");
  }

  /** The entry echoing the recipient's idx, else the one with its number. */
  private static JsonNode entryFor(JsonNode list, String key, String number) {
    JsonNode byNumber = null;
    for (JsonNode entry : list) {
      if (key.equals(Json.text(entry, "idx"))) {
        return entry;
      }
      if (byNumber == null
          && (number.equals(Json.text(entry, "number"))
              || number.equals(Json.text(entry, "submitted_number")))) {
        byNumber = entry;
      }
    }
    return byNumber;
  }

  private static List<SendResult> all(List<BatchSms.Item> items, SendResult result) {
    return new ArrayList<>(Collections.nCopies(items.size(), result));
  }

  /** The number in SMSAPI's form, or null when it is not a usable phone. */
  static String number(String to) {
    var check = PhoneNumbers.check(to);
    return check instanceof pl.ordernotify.gateway.PhoneCheck.Valid v
        ? PhoneNumbers.forSmsApi(v.e164())
        : null;
  }
}
