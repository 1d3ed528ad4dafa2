package pl.ordernotify.gateway.serwersms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import pl.ordernotify.gateway.http.Exchange;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.JsonReply;
import pl.ordernotify.gateway.http.Outcomes;
import pl.ordernotify.gateway.http.Transport;

/** SerwerSMS's one request shape: POST {@code <base><group>/<action>.json} with a JSON body. */
final class SerwerSmsApi {

  static final String NAME = "SerwerSMS";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl baseUrl;
  private final Transport transport;
  private final ObjectMapper json;

  SerwerSmsApi(HttpUrl baseUrl, Transport transport, ObjectMapper json) {
    this.baseUrl = baseUrl;
    this.transport = transport;
    this.json = json;
  }

  ObjectNode body() {
    return json.createObjectNode();
  }

  /** A send: the body is one-shot, so OkHttp never replays it on its own. */
  Exchange send(String action, ObjectNode body) {
    return transport.execute(request(action, Transport.oneShot(encode(body))));
  }

  /** A call that sends nothing; an {@code error} object fails it whatever the HTTP status. */
  JsonReply fetch(String action, ObjectNode body) {
    Exchange exchange = transport.execute(request(action, encode(body)));
    Optional<JsonNode> root =
        exchange instanceof Exchange.Answer answer
            ? Json.object(json, answer.body())
            : Optional.empty();
    JsonNode error = root.map(node -> node.get("error")).orElse(null);
    if (error != null && error.isObject()) {
      return JsonReply.failed(describe(error));
    }
    if (!(exchange instanceof Exchange.Answer answer) || !answer.ok()) {
      return JsonReply.failed(Outcomes.problem(exchange, NAME));
    }
    return root.map(JsonReply::ok)
        .orElseGet(
            () ->
                JsonReply.failed(
                    "UNREADABLE",
                    NAME + " answered with something that is not the expected JSON."));
  }

  Optional<JsonNode> parse(String body) {
    return Json.object(json, body);
  }

  /**
   * The error object as a code and a sentence; SerwerSMS's own text is localised, so ours leads.
   */
  static Outcomes.Problem describe(JsonNode error) {
    String code = Json.text(error, "code");
    SerwerSmsCodes.Code known = SerwerSmsCodes.lookup(code);
    String message = Json.text(error, "message");
    return new Outcomes.Problem(
        code == null ? "ERROR" : code,
        NAME
            + " error "
            + code
            + ": "
            + (known == null ? "unknown error" : known.meaning())
            + (message == null ? "" : " (" + message + ")"));
  }

  private Request request(String action, RequestBody body) {
    return new Request.Builder().url(baseUrl.resolve(action + ".json")).post(body).build();
  }

  private RequestBody encode(ObjectNode body) {
    try {
      return RequestBody.create(json.writeValueAsBytes(body), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
