package pl.ordernotify.sender.soak;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMSAPI on loopback: {@code POST /sms.do} with idx / check_idx=1 semantics (a reused idx
 * answers error 53 and sends nothing). It counts every SMS it "sends", per idx and per number.
 */
public final class FakeSmsApiServer extends LoopbackGatewayServer {

  final Map<String, AtomicInteger> sentPerIdx = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> sentPerNumber = new ConcurrentHashMap<>();
  final AtomicInteger duplicatesRefused = new AtomicInteger();

  /** When each number's first request arrived, by {@link System#nanoTime()}. */
  public final Map<String, Long> firstRequestNanos = new ConcurrentHashMap<>();

  private final AtomicInteger ids = new AtomicInteger();

  public FakeSmsApiServer(long latencyMillis) throws IOException {
    super(latencyMillis);
    route("/sms.do", this::handle);
    start();
  }

  @Override
  public String provider() {
    return "smsapi";
  }

  @Override
  public Map<String, AtomicInteger> sentPerNumber() {
    return sentPerNumber;
  }

  @Override
  public String counters() {
    return "idx-duplicates-refused=" + duplicatesRefused.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    long arrived = System.nanoTime();
    Map<String, String> form =
        parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (form.get("to") != null) {
      firstRequestNanos.putIfAbsent(form.get("to"), arrived);
    }
    String body;
    if (form.containsKey("status")) {
      body = "{\"count\":0,\"list\":[]}";
    } else {
      body = send(form);
    }
    answer(ex, body.getBytes(StandardCharsets.UTF_8));
  }

  private synchronized String send(Map<String, String> form) {
    String idx = form.get("idx");
    if ("1".equals(form.get("check_idx")) && idx != null && sentPerIdx.containsKey(idx)) {
      duplicatesRefused.incrementAndGet();
      return "{\"error\":53,\"message\":\"Idx already used\"}";
    }
    String to = form.get("to");
    sentPerIdx.computeIfAbsent(String.valueOf(idx), k -> new AtomicInteger()).incrementAndGet();
    sentPerNumber.computeIfAbsent(to, k -> new AtomicInteger()).incrementAndGet();
    String id = "S" + ids.incrementAndGet();
    return "{\"count\":1,\"list\":[{\"id\":\""
        + id
        + "\",\"points\":0.16,\"number\":\""
        + to
        + "\",\"status\":\"QUEUE\",\"error\":null,\"idx\":\""
        + idx
        + "\",\"parts\":1}]}";
  }

  private static Map<String, String> parse(String body) {
    Map<String, String> map = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        map.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return map;
  }
}
