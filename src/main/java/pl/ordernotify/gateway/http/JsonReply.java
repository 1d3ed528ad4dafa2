package pl.ordernotify.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import pl.ordernotify.gateway.http.Outcomes.Problem;

/** The JSON object a call that is not a send returned, or why there is none. Exactly one is set. */
public record JsonReply(JsonNode json, Problem problem) {

  public static JsonReply ok(JsonNode json) {
    return new JsonReply(json, null);
  }

  public static JsonReply failed(String code, String reason) {
    return new JsonReply(null, new Problem(code, reason));
  }

  public static JsonReply failed(Problem problem) {
    return new JsonReply(null, problem);
  }

  public boolean ok() {
    return json != null;
  }
}
