package pl.ordernotify.gateway.serwersms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.Gsm7;
import pl.ordernotify.gateway.InboxResult;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.JsonReply;
import pl.ordernotify.gateway.http.Transport;

/** SerwerSMS.pl HTTPS API v2 (shared/gateways/serwersms.md). */
public final class SerwerSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(SerwerSmsGateway.class);
  private static final Pattern UNIQUE_ID = Pattern.compile("[A-Za-z0-9]{3,50}");
  private static final int REPORTS_BATCH = 500;

  /**
   * Messages per send_personalized call (the API takes up to 10,000; smaller calls fail smaller).
   */
  private static final int MAX_BATCH = 200;

  private final GatewayConfig config;
  private final SerwerSmsApi api;
  private final SerwerSmsSendReader sendReader;
  private final SerwerSmsLimits limits;
  private final SerwerSmsInbox inbox;

  public SerwerSmsGateway(GatewayConfig config, OkHttpClient http, ObjectMapper json, Clock clock) {
    this.config = config;
    this.api = new SerwerSmsApi(config.baseUrl(), new Transport(http, config.token()), json);
    this.sendReader = new SerwerSmsSendReader(api, clock);
    this.limits = new SerwerSmsLimits(api);
    this.inbox = new SerwerSmsInbox(api);
  }

  @Override
  public String provider() {
    return "serwersms";
  }

  @Override
  public SendResult send(OutgoingSms sms) {
    PhoneCheck phone = PhoneNumbers.check(sms.to());
    if (phone instanceof PhoneCheck.Invalid invalid) {
      return new SendResult.Rejected(invalid.problem().name(), invalid.reason());
    }
    if (sms.idempotencyKey() == null || !UNIQUE_ID.matcher(sms.idempotencyKey()).matches()) {
      // SerwerSMS refuses the whole request for a bad unique_id, and without one a resend after
      // a crash could not be checked first.
      return new SendResult.Rejected(
          "INVALID_KEY",
          "The message key must be 3-50 letters or digits to be used as SerwerSMS unique_id.");
    }
    String sender = config.senderFor(sms);
    if (sender == null) {
      // Without a sender SerwerSMS sends a cheaper ECO+ SMS from a random number; never silently.
      return new SendResult.AccountProblem(
          "NO_SENDER",
          "Set a sender name in the gateway settings: SerwerSMS needs one to send a FULL SMS.");
    }
    String number = PhoneNumbers.forSerwerSms(((PhoneCheck.Valid) phone).e164());
    SendResult result =
        sendReader.read(api.send("messages/send_sms", sendBody(sms, number, sender)), number);
    log.info(
        "SerwerSMS send {} to {}: {}", sms.idempotencyKey(), PhoneNumbers.mask(number), result);
    return result;
  }

  @Override
  public int maxBatch() {
    return MAX_BATCH;
  }

  /**
   * {@code messages/send_personalized} with a {@code messages} array and one {@code unique_id} per
   * message, up to 200 per call; GSM-7 and Unicode texts go in separate calls ({@code utf} is per
   * call).
   */
  @Override
  public List<SendResult> sendBatch(BatchSms batch) {
    SendResult[] results = new SendResult[batch.items().size()];
    String sender = config.senderFor(batch.single(batch.items().get(0)));
    List<List<Integer>> groups = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < results.length; i++) {
      BatchSms.Item item = batch.items().get(i);
      PhoneCheck phone = PhoneNumbers.check(item.to());
      String text = item.text();
      if (phone instanceof PhoneCheck.Invalid invalid) {
        results[i] = new SendResult.Rejected(invalid.problem().name(), invalid.reason());
      } else if (item.idempotencyKey() == null
          || !UNIQUE_ID.matcher(item.idempotencyKey()).matches()) {
        results[i] =
            new SendResult.Rejected(
                "INVALID_KEY",
                "The message key must be 3-50 letters or digits to be used as SerwerSMS unique_id.");
      } else if (sender == null) {
        results[i] =
            new SendResult.AccountProblem(
                "NO_SENDER",
                "Set a sender name in the gateway settings: SerwerSMS needs one to send a FULL SMS.");
      } else {
        groups.get(Gsm7.isGsm7(text) ? 0 : 1).add(i);
      }
    }
    for (int g = 0; g < 2; g++) {
      List<Integer> group = groups.get(g);
      for (int from = 0; from < group.size(); from += MAX_BATCH) {
        List<Integer> slice = group.subList(from, Math.min(group.size(), from + MAX_BATCH));
        List<SendResult> got = sendPersonalized(batch, slice, sender, g == 1);
        for (int k = 0; k < slice.size(); k++) {
          results[slice.get(k)] = got.get(k);
        }
      }
    }
    return List.of(results);
  }

  private List<SendResult> sendPersonalized(
      BatchSms batch, List<Integer> slice, String sender, boolean utf) {
    ObjectNode body = api.body().put("sender", sender).put("details", true);
    ArrayNode messages = body.putArray("messages");
    ArrayNode ids = body.putArray("unique_id");
    List<String> phones = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i : slice) {
      BatchSms.Item item = batch.items().get(i);
      String number =
          PhoneNumbers.forSerwerSms(((PhoneCheck.Valid) PhoneNumbers.check(item.to())).e164());
      String text = item.text();
      messages.addObject().put("phone", number).put("text", text);
      ids.add(item.idempotencyKey());
      phones.add(number);
      keys.add(item.idempotencyKey());
    }
    if (utf) {
      body.put("utf", true);
    }
    if (batch.test() || config.testMode()) {
      body.put("test", true);
    }
    List<SendResult> results =
        sendReader.readBatch(api.send("messages/send_personalized", body), phones, keys);
    log.info(
        "SerwerSMS batch of {}: {} queued",
        slice.size(),
        results.stream().filter(SendResult.Accepted.class::isInstance).count());
    return results;
  }

  private ObjectNode sendBody(OutgoingSms sms, String number, String sender) {
    // The text arrives folded already when folding is on (OutgoingSms), so SerwerSMS gets what was
    // counted.
    String text = sms.text();
    ObjectNode body =
        api.body()
            .put("phone", number)
            .put("text", text)
            .put("sender", sender)
            .put("details", true)
            .put("unique_id", sms.idempotencyKey());
    if (!Gsm7.isGsm7(text)) {
      body.put("utf", true);
    }
    if (sms.test() || config.testMode()) {
      body.put("test", true);
    }
    return body;
  }

  /**
   * SerwerSMS does not refuse a reused unique_id, so this look-up is what prevents a second SMS.
   */
  @Override
  public LookupResult lookup(String idempotencyKey) {
    if (idempotencyKey == null || !UNIQUE_ID.matcher(idempotencyKey).matches()) {
      return new LookupResult.NotFound(); // send() never sends such a key
    }
    JsonReply reply = api.fetch("messages/reports", api.body().put("unique_id", idempotencyKey));
    if (!reply.ok()) {
      return new LookupResult.Failed(reply.problem().reason());
    }
    if (!reply.json().path("items").isArray()) {
      // Only an explicit empty list means "never sent"; anything else could lead to a second SMS.
      return new LookupResult.Failed("SerwerSMS answered the look-up without a list of messages.");
    }
    List<DeliveryReport> found = reportsOf(reply.json());
    if (found.isEmpty()) {
      return new LookupResult.NotFound();
    }
    // A try SerwerSMS held as unsent may be followed by a resend under the same key: the one that
    // went out is the answer, or the sender would take it for unsent and send a third time.
    DeliveryReport first =
        found.stream()
            .filter(r -> r.status() != DeliveryStatus.FAILED)
            .findFirst()
            .orElse(found.get(0));
    if (found.size() > 1) {
      log.warn(
          "SerwerSMS holds {} messages under key {}; using {}",
          found.size(),
          idempotencyKey,
          first.gatewayId());
    }
    return new LookupResult.Found(first.gatewayId(), first.status());
  }

  @Override
  public ReportsResult reports(List<String> gatewayIds) {
    List<DeliveryReport> reports = new ArrayList<>();
    for (int from = 0; from < gatewayIds.size(); from += REPORTS_BATCH) {
      List<String> batch =
          gatewayIds.subList(from, Math.min(from + REPORTS_BATCH, gatewayIds.size()));
      ObjectNode body = api.body().put("limit", batch.size());
      ArrayNode ids = body.putArray("id");
      batch.forEach(ids::add);
      JsonReply reply = api.fetch("messages/reports", body);
      if (!reply.ok()) {
        return new ReportsResult.Failed(reply.problem().reason());
      }
      reports.addAll(reportsOf(reply.json()));
    }
    return new ReportsResult.Reports(reports);
  }

  private static List<DeliveryReport> reportsOf(JsonNode root) {
    List<DeliveryReport> reports = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      DeliveryReport report = SerwerSmsReports.report(item);
      if (report != null) {
        reports.add(report);
      }
    }
    return reports;
  }

  @Override
  public BalanceResult balance() {
    return limits.balance();
  }

  @Override
  public SenderNamesResult senderNames() {
    JsonReply reply = api.fetch("senders/index", api.body());
    if (!reply.ok()) {
      return new SenderNamesResult.Failed(reply.problem().code(), reply.problem().reason());
    }
    List<SenderNamesResult.SenderName> names = new ArrayList<>();
    for (JsonNode item : reply.json().path("items")) {
      String status = Json.text(item, "status");
      names.add(
          new SenderNamesResult.SenderName(
              Json.text(item, "name"), "authorized".equals(status), status));
    }
    return new SenderNamesResult.Names(names);
  }

  @Override
  public InboxResult inbox(String cursor) {
    return inbox.read(cursor);
  }

  @Override
  public CheckResult check() {
    return limits.check();
  }
}
