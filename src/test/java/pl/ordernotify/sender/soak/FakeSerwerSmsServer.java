package pl.ordernotify.sender.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SerwerSMS API v2 on loopback (shared/gateways/serwersms.md §4–§6, §8): {@code POST
 * messages/send_sms.json} and {@code POST messages/reports.json}, JSON bodies.
 *
 * <p>Like the real service it does <b>not</b> refuse a reused {@code unique_id}: a second send with
 * the same key is a second SMS, counted per number (a duplicate). The only protection is the client
 * looking the key up in {@code messages/reports} before resending. Report statuses move with the
 * message's age: {@code in_progress} for the first second, {@code sent} until 3 s, {@code
 * delivered} after.
 */
public final class FakeSerwerSmsServer extends LoopbackGatewayServer {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Warsaw"));

  /** One SMS the fake "sent". */
  record Sms(
      String id, String phone, String uniqueId, String text, String sender, Instant queued) {}

  final Map<String, AtomicInteger> sentPerNumber = new ConcurrentHashMap<>();
  final Map<String, List<Sms>> byUniqueId = new ConcurrentHashMap<>();
  final Map<String, Sms> byId = new ConcurrentHashMap<>();

  /** Sends that reused a unique_id already sent: each one is a second SMS, as at SerwerSMS. */
  final AtomicInteger reusedUniqueIdSends = new AtomicInteger();

  /** Look-ups by unique_id, and how many of them found the message (a resend prevented). */
  final AtomicInteger lookups = new AtomicInteger();

  final AtomicInteger lookupsFound = new AtomicInteger();
  final AtomicInteger reportQueries = new AtomicInteger();
  final List<String> problems = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final ObjectMapper json = new ObjectMapper();

  public FakeSerwerSmsServer(long latencyMillis) throws IOException {
    super(latencyMillis);
    route("/messages/send_sms.json", ex -> handle(ex, this::send));
    route("/messages/reports.json", ex -> handle(ex, this::reports));
    route(
        "/",
        ex -> handle(ex, body -> error(1000, "InvalidAction", "Not specified action to execute")));
    start();
  }

  @Override
  public String provider() {
    return "serwersms";
  }

  @Override
  public Map<String, AtomicInteger> sentPerNumber() {
    return sentPerNumber;
  }

  @Override
  public List<String> problems() {
    return problems;
  }

  @Override
  public String counters() {
    return String.format(
        "unique-id-reused-sends=%d lookups=%d lookups-found=%d report-queries=%d",
        reusedUniqueIdSends.get(), lookups.get(), lookupsFound.get(), reportQueries.get());
  }

  private interface Action {
    ObjectNode answer(JsonNode body);
  }

  private void handle(HttpExchange ex, Action action) throws IOException {
    byte[] raw = ex.getRequestBody().readAllBytes();
    ObjectNode answer;
    if (!"POST".equals(ex.getRequestMethod())) {
      answer = error(1000, "InvalidAction", "POST only");
    } else if (!String.valueOf(ex.getRequestHeaders().getFirst("Authorization"))
        .startsWith("Bearer ")) {
      answer = error(1001, "InvalidUser", "Incorrect login or password");
    } else {
      JsonNode body;
      try {
        body = json.readTree(raw);
      } catch (IOException e) {
        body = null;
      }
      answer =
          body == null || !body.isObject()
              ? error(1006, "InvalidData", "Invalid data format")
              : action.answer(body);
    }
    answer(ex, json.writeValueAsBytes(answer));
  }

  /**
   * messages/send_sms: one number per request, as OrderNotify sends; a reused unique_id is sent
   * again.
   */
  private synchronized ObjectNode send(JsonNode body) {
    String phone = body.path("phone").asText(null);
    String text = body.path("text").asText(null);
    String sender = body.path("sender").asText(null);
    String uniqueId = body.path("unique_id").asText(null);
    if (phone == null || phone.isBlank()) {
      return error(2000, "ValidationRequiredError", "Required parameters missing");
    }
    if (text == null || text.isEmpty()) {
      return error(3101, "SendError", "Message is empty");
    }
    if (uniqueId == null || !uniqueId.matches("[A-Za-z0-9]{3,50}")) {
      problems.add("send without a valid unique_id: " + uniqueId);
      return error(1006, "InvalidData", "Invalid unique_id");
    }
    if (sender == null || sender.isBlank()) {
      problems.add("ECO+ send (no sender) for " + uniqueId);
    }
    if (!body.path("details").asBoolean(false)) {
      problems.add("send without details=true for " + uniqueId);
    }
    Sms sms =
        new Sms(
            Long.toHexString(0xa000000000L + ids.incrementAndGet()),
            phone,
            uniqueId,
            text,
            sender,
            Instant.now());
    List<Sms> same = byUniqueId.computeIfAbsent(uniqueId, k -> new CopyOnWriteArrayList<>());
    if (!same.isEmpty()) {
      reusedUniqueIdSends.incrementAndGet();
    }
    same.add(sms);
    byId.put(sms.id(), sms);
    sentPerNumber.computeIfAbsent(phone, k -> new AtomicInteger()).incrementAndGet();
    ObjectNode answer =
        json.createObjectNode().put("success", true).put("queued", 1).put("unsent", 0);
    answer
        .putArray("items")
        .addObject()
        .put("id", sms.id())
        .put("phone", phone)
        .put("status", "queued")
        .put("queued", TIME.format(sms.queued()))
        .put("parts", 1)
        .put("text", text);
    return answer;
  }

  /** messages/reports by unique_id (string or array) or by id (string or array). */
  private ObjectNode reports(JsonNode body) {
    Instant now = Instant.now();
    List<Sms> found = new ArrayList<>();
    if (body.has("unique_id")) {
      Set<String> keys = values(body.get("unique_id"));
      lookups.addAndGet(keys.size());
      for (String key : keys) {
        List<Sms> sent = byUniqueId.getOrDefault(key, List.of());
        if (!sent.isEmpty()) {
          lookupsFound.incrementAndGet();
        }
        found.addAll(sent);
      }
    } else if (body.has("id")) {
      reportQueries.incrementAndGet();
      Set<String> wanted = values(body.get("id"));
      if (wanted.size() > 500) {
        return error(1006, "InvalidData", "At most 500 ids");
      }
      wanted.stream().map(byId::get).filter(s -> s != null).forEach(found::add);
    } else {
      problems.add("reports query without id or unique_id: " + body);
    }
    ObjectNode answer = json.createObjectNode();
    answer.putObject("paging").put("page", 1).put("count", found.size());
    ArrayNode items = answer.putArray("items");
    for (Sms s : found) {
      long ageMillis = now.toEpochMilli() - s.queued().toEpochMilli();
      String status = ageMillis < 1000 ? "in_progress" : ageMillis < 3000 ? "sent" : "delivered";
      ObjectNode item =
          items
              .addObject()
              .put("id", s.id())
              .put("phone", s.phone())
              .put("status", status)
              .put("queued", TIME.format(s.queued()))
              .put("sender", s.sender())
              .put("type", "full")
              .put("text", s.text())
              .put("parts", 1);
      if (!"in_progress".equals(status)) {
        item.put("sent", TIME.format(s.queued().plusMillis(1000)));
      }
      if ("delivered".equals(status)) {
        item.put("delivered", TIME.format(s.queued().plusMillis(3000)));
      }
    }
    return answer;
  }

  private static Set<String> values(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node.isValueNode()) {
      out.add(node.asText());
    }
    return out;
  }

  private ObjectNode error(int code, String type, String message) {
    ObjectNode answer = json.createObjectNode();
    answer.putObject("error").put("code", code).put("type", type).put("message", message);
    return answer;
  }
}
