package pl.ordernotify.gateway.smsapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.GatewayConfig;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.gateway.http.Exchange;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.JsonReply;
import pl.ordernotify.gateway.http.Outcomes;
import pl.ordernotify.gateway.http.Transport;

/**
 * SMSAPI.pl (shared/gateways/smsapi.md): legacy {@code sms.do} to send and poll, REST for the rest.
 */
public final class SmsApiGateway implements SmsGateway {

  static final String NAME = "SMSAPI";
  private static final Logger log = LoggerFactory.getLogger(SmsApiGateway.class);
  private static final int STATUS_BATCH = 100;

  /** SMSAPI refuses more (error 19, 100 when short links are used); smsapi.md §7. */
  private static final int MAX_BATCH = 100;

  /** The reference allows 1-12 h between send and expiry; a minute's margin covers clock skew. */
  private static final Duration MIN_EXPIRY = Duration.ofMinutes(61);

  private static final Duration MAX_EXPIRY = Duration.ofHours(12).minusMinutes(1);

  private final GatewayConfig config;
  private final Transport transport;
  private final SmsApiSendReader sendReader;
  private final SmsApiRest rest;
  private final Clock clock;
  private final SmsApiBatch batches;

  public SmsApiGateway(GatewayConfig config, OkHttpClient http, ObjectMapper json, Clock clock) {
    this.config = config;
    this.transport = new Transport(http, config.token());
    this.sendReader = new SmsApiSendReader(json, clock);
    this.rest = new SmsApiRest(config.baseUrl(), transport, json);
    this.clock = clock;
    this.batches = new SmsApiBatch(config, transport, sendReader, json, clock);
  }

  @Override
  public String provider() {
    return "smsapi";
  }

  @Override
  public SendResult send(OutgoingSms sms) {
    PhoneCheck phone = PhoneNumbers.check(sms.to());
    if (phone instanceof PhoneCheck.Invalid invalid) {
      return new SendResult.Rejected(invalid.problem().name(), invalid.reason());
    }
    String key = sms.idempotencyKey();
    if (key == null || key.isBlank() || key.length() > 255) {
      // Without an idx a resend after a crash could text the customer twice.
      return new SendResult.Rejected("INVALID_KEY", "The message has no usable idempotency key.");
    }
    String number = PhoneNumbers.forSmsApi(((PhoneCheck.Valid) phone).e164());
    Exchange exchange = transport.execute(sendRequest(sms, number));
    SendResult result = readSend(exchange, number);
    log.info("SMSAPI send {} to {}: {}", key, PhoneNumbers.mask(number), result);
    return result;
  }

  /**
   * Recipients whose text is the pattern with their parameters go out together (up to 100 per
   * request); any other recipient is sent on its own, so each gets exactly its text.
   */
  @Override
  public List<SendResult> sendBatch(BatchSms batch) {
    SendResult[] results = new SendResult[batch.items().size()];
    List<Integer> together = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < results.length; i++) {
      BatchSms.Item item = batch.items().get(i);
      String number = SmsApiBatch.number(item.to());
      boolean fits =
          number != null
              && item.params().size() <= 4
              && item.text().equals(batch.filled(item))
              && item.idempotencyKey() != null
              && !item.idempotencyKey().isBlank()
              && !item.idempotencyKey().contains("|");
      if (fits) {
        together.add(i);
        numbers.add(number);
      } else {
        results[i] = send(batch.single(item));
      }
    }
    for (int from = 0; from < together.size(); from += MAX_BATCH) {
      int to = Math.min(together.size(), from + MAX_BATCH);
      List<Integer> slice = together.subList(from, to);
      List<SendResult> got =
          slice.size() == 1
              ? List.of(send(batch.single(batch.items().get(slice.get(0)))))
              : batches.send(
                  batch,
                  slice.stream().map(batch.items()::get).toList(),
                  numbers.subList(from, to));
      for (int k = 0; k < slice.size(); k++) {
        results[slice.get(k)] = got.get(k);
      }
    }
    return List.of(results);
  }

  @Override
  public int maxBatch() {
    return MAX_BATCH;
  }

  private SendResult readSend(Exchange exchange, String number) {
    if (!(exchange instanceof Exchange.Answer answer)) {
      return Outcomes.ofTransport(exchange, NAME);
    }
    return answer.ok()
        ? sendReader.read(answer, number)
        : Outcomes.ofStatus(answer, NAME, clock.instant());
  }

  private Request sendRequest(OutgoingSms sms, String number) {
    FormBody.Builder form =
        new FormBody.Builder(StandardCharsets.UTF_8)
            .add("to", number)
            .add("message", sms.text())
            .add("format", "json")
            .add("encoding", "utf-8")
            .add("details", "1")
            .add("idx", sms.idempotencyKey())
            .add("check_idx", "1");
    String sender = config.senderFor(sms);
    if (sender != null) {
      form.add("from", sender);
    }
    if (expiryFits(sms.expiresAt())) {
      form.add("expiration_date", Long.toString(sms.expiresAt().getEpochSecond()));
    }
    if (sms.foldDiacritics()) {
      form.add("normalize", "1");
    }
    if (sms.test() || config.testMode()) {
      form.add("test", "1");
    }
    return new Request.Builder().url(url("sms.do")).post(Transport.oneShot(form.build())).build();
  }

  /**
   * Outside the allowed range SMSAPI refuses the whole message (error 56); the sender enforces
   * validity itself, so the expiry is only passed on where it fits.
   */
  private boolean expiryFits(Instant expiry) {
    Instant now = clock.instant();
    return expiry != null
        && !expiry.isBefore(now.plus(MIN_EXPIRY))
        && !expiry.isAfter(now.plus(MAX_EXPIRY));
  }

  /** SMSAPI has no look-up by idx; the recovery is a resend with check_idx=1 (53 = sent before). */
  private static final java.util.Set<String> UNKNOWN_ID_CODES = java.util.Set.of("301", "400");

  @Override
  public LookupResult lookup(String idempotencyKey) {
    return new LookupResult.Unsupported();
  }

  @Override
  public ReportsResult reports(List<String> gatewayIds) {
    List<DeliveryReport> reports = new ArrayList<>();
    for (int from = 0; from < gatewayIds.size(); from += STATUS_BATCH) {
      List<String> batch =
          gatewayIds.subList(from, Math.min(from + STATUS_BATCH, gatewayIds.size()));
      ReportsResult result = poll(batch);
      if (result instanceof ReportsResult.Failed) {
        return result;
      }
      reports.addAll(((ReportsResult.Reports) result).reports());
    }
    return new ReportsResult.Reports(reports);
  }

  /**
   * One id SMSAPI no longer knows (errors 301/400) fails the whole poll, so such a batch is split
   * until the unknown id stands alone; it is then reported as UNKNOWN (final) and the others as
   * usual.
   */
  private ReportsResult poll(List<String> batch) {
    JsonReply reply =
        rest.legacy(
            new FormBody.Builder()
                .add("status", String.join("|", batch))
                .add("format", "json")
                .build());
    if (reply.ok()) {
      return new ReportsResult.Reports(SmsApiStatuses.read(reply.json()));
    }
    if (!UNKNOWN_ID_CODES.contains(reply.problem().code())) {
      return new ReportsResult.Failed(reply.problem().reason());
    }
    if (batch.size() == 1) {
      return new ReportsResult.Reports(
          List.of(
              new DeliveryReport(
                  batch.get(0),
                  DeliveryStatus.UNKNOWN,
                  null,
                  "SMSAPI no longer knows this message id (" + reply.problem().reason() + ")",
                  null)));
    }
    List<DeliveryReport> reports = new ArrayList<>();
    int half = batch.size() / 2;
    for (List<String> part : List.of(batch.subList(0, half), batch.subList(half, batch.size()))) {
      ReportsResult result = poll(part);
      if (result instanceof ReportsResult.Failed) {
        return result;
      }
      reports.addAll(((ReportsResult.Reports) result).reports());
    }
    return new ReportsResult.Reports(reports);
  }

  @Override
  public BalanceResult balance() {
    JsonReply profile = rest.get("profile");
    if (!profile.ok()) {
      return new BalanceResult.Failed(profile.problem().code(), profile.problem().reason());
    }
    BigDecimal points = Json.decimal(profile.json(), "points");
    if (points == null) {
      return new BalanceResult.Failed(
          "UNREADABLE", "SMSAPI's profile did not say how many points are left.");
    }
    return new BalanceResult.Balance(
        points, points.stripTrailingZeros().toPlainString() + " points");
  }

  @Override
  public SenderNamesResult senderNames() {
    JsonReply names = rest.get("sms/sendernames");
    if (!names.ok()) {
      return new SenderNamesResult.Failed(names.problem().code(), names.problem().reason());
    }
    List<SenderNamesResult.SenderName> list = new ArrayList<>();
    for (JsonNode item : names.json().path("collection")) {
      String status = Json.text(item, "status");
      // One official fixture has "active" in lower case.
      list.add(
          new SenderNamesResult.SenderName(
              Json.text(item, "sender"), "ACTIVE".equalsIgnoreCase(status), status));
    }
    return new SenderNamesResult.Names(list);
  }

  @Override
  public CheckResult check() {
    JsonReply ping = rest.get("ping");
    if (!ping.ok()) {
      return new CheckResult.Failed(ping.problem().code(), ping.problem().reason());
    }
    if (!ping.json().path("authorized").asBoolean(false)) {
      return new CheckResult.Failed(
          "UNAUTHORIZED", "SMSAPI is reachable but did not accept the API token.");
    }
    JsonNode unavailable = ping.json().path("unavailable");
    String note =
        unavailable.isArray() && !unavailable.isEmpty() ? "; unavailable: " + unavailable : "";
    return new CheckResult.Ok("SMSAPI accepted the API token" + note);
  }

  private HttpUrl url(String path) {
    return config.baseUrl().resolve(path);
  }
}
