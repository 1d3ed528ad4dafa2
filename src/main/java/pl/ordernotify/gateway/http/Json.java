package pl.ordernotify.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Optional;

/** Lenient reading of gateway JSON: numbers that arrive as strings, fields that may be missing. */
public final class Json {

  private Json() {}

  /** The body as a JSON object; empty when blank, not JSON, or not an object. */
  public static Optional<JsonNode> object(ObjectMapper mapper, String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = mapper.readTree(body);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** A field's text, or null when missing, null or empty. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isEmpty() ? null : text;
  }

  /** A JSON number or numeric string ({@code 0.165} or {@code "0.3000"}); null otherwise. */
  public static BigDecimal decimal(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A whole number given as a JSON number or a numeric string; null otherwise. */
  public static Integer integer(JsonNode node, String field) {
    BigDecimal value = decimal(node, field);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
