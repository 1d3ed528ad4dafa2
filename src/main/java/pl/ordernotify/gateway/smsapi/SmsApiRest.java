package pl.ordernotify.gateway.smsapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Matcher;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import pl.ordernotify.gateway.http.Exchange;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.JsonReply;
import pl.ordernotify.gateway.http.Outcomes;
import pl.ordernotify.gateway.http.Transport;

/** SMSAPI calls that are not sends: REST ({@code profile}, {@code ping}, …) and the status poll. */
final class SmsApiRest {

  private final HttpUrl baseUrl;
  private final Transport transport;
  private final ObjectMapper json;

  SmsApiRest(HttpUrl baseUrl, Transport transport, ObjectMapper json) {
    this.baseUrl = baseUrl;
    this.transport = transport;
    this.json = json;
  }

  /** A REST GET; errors have real HTTP statuses and a string {@code error} (smsapi.md §5.4). */
  JsonReply get(String path) {
    Exchange exchange =
        transport.execute(
            new Request.Builder()
                .url(baseUrl.resolve(path))
                .header("Accept", "application/json")
                .get()
                .build());
    if (!(exchange instanceof Exchange.Answer answer) || !answer.ok()) {
      return JsonReply.failed(restProblem(exchange));
    }
    return parsed(answer.body());
  }

  /** A {@code sms.do} call that sends nothing; its errors arrive inside HTTP 200 (§5.3). */
  JsonReply legacy(FormBody form) {
    Exchange exchange =
        transport.execute(new Request.Builder().url(baseUrl.resolve("sms.do")).post(form).build());
    if (!(exchange instanceof Exchange.Answer answer) || !answer.ok()) {
      return JsonReply.failed(Outcomes.problem(exchange, SmsApiGateway.NAME));
    }
    Matcher plain = SmsApiCodes.PLAIN_ERROR.matcher(answer.body().strip());
    if (plain.matches()) {
      return legacyError(plain.group(1), null);
    }
    JsonReply reply = parsed(answer.body());
    String error = reply.ok() ? Json.text(reply.json(), "error") : null;
    if (error != null && !error.equals("0")) {
      return legacyError(error, Json.text(reply.json(), "message"));
    }
    return reply;
  }

  private JsonReply parsed(String body) {
    Optional<JsonNode> root = Json.object(json, body);
    return root.map(JsonReply::ok)
        .orElseGet(
            () ->
                JsonReply.failed(
                    "UNREADABLE",
                    SmsApiGateway.NAME
                        + " answered with something that is not the expected JSON."));
  }

  private static JsonReply legacyError(String code, String message) {
    SmsApiCodes.Code known =
        code.matches("\\d{1,9}") ? SmsApiCodes.lookup(Integer.parseInt(code)) : null;
    String meaning = known == null ? "unknown error" : known.meaning();
    return JsonReply.failed(
        code,
        "SMSAPI error " + code + ": " + meaning + (message == null ? "" : " (" + message + ")"));
  }

  /** The HTTP problem, with SMSAPI's own message where the body carries one. */
  private Outcomes.Problem restProblem(Exchange exchange) {
    Outcomes.Problem problem = Outcomes.problem(exchange, SmsApiGateway.NAME);
    if (exchange instanceof Exchange.Answer answer) {
      Optional<JsonNode> body = Json.object(json, answer.body());
      String message = body.map(node -> Json.text(node, "message")).orElse(null);
      if (message != null) {
        return new Outcomes.Problem(problem.code(), problem.reason() + " SMSAPI says: " + message);
      }
    }
    return problem;
  }
}
