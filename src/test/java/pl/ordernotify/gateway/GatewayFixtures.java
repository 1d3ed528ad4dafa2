package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/** What every gateway test shares: a token to hunt for, a fixed clock, request readers. */
public final class GatewayFixtures {

  public static final String TOKEN = "tok9SECRETf00dCafe1234";
  public static final Instant NOW = Instant.parse("2024-05-10T10:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final ObjectMapper JSON = new ObjectMapper();

  private GatewayFixtures() {}

  public static GatewayConfig config(String provider, MockWebServer server, String senderName) {
    return new GatewayConfig(provider, server.url("/"), TOKEN, senderName, false);
  }

  public static OutgoingSms sms(String to, String text) {
    return new OutgoingSms(to, text, null, "o123s2", null, false, false);
  }

  /** The next request the server got; fails instead of hanging when there was none. */
  public static RecordedRequest taken(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The form fields of a form-encoded request, in order. */
  public static Map<String, String> form(RecordedRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    String body = text(request);
    if (body.isEmpty()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
    }
    return fields;
  }

  public static JsonNode json(RecordedRequest request) {
    try {
      return JSON.readTree(text(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request's body as UTF-8 text, empty when it had none. */
  public static String text(RecordedRequest request) {
    ByteString body = request.getBody();
    return body == null ? "" : body.utf8();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
