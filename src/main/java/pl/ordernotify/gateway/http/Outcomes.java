package pl.ordernotify.gateway.http;

import java.time.Instant;
import pl.ordernotify.gateway.SendResult;

/** The outcomes both gateways share: transport failures and HTTP statuses (DESIGN rule 5). */
public final class Outcomes {

  /** A failure of a call that is not a send, as a code and one plain sentence. */
  public record Problem(String code, String reason) {}

  private Outcomes() {}

  /** Never written → try again; written without an answer → it may have gone out. */
  public static SendResult ofTransport(Exchange exchange, String gateway) {
    if (exchange instanceof Exchange.NotSent n) {
      return new SendResult.RetryLater("NETWORK", gateway + ": " + n.reason(), null);
    }
    if (exchange instanceof Exchange.NoAnswer n) {
      return new SendResult.Unknown(gateway + ": " + n.reason());
    }
    throw new IllegalArgumentException("an answer is not a transport failure");
  }

  /** A send answered with a non-2xx status. */
  public static SendResult ofStatus(Exchange.Answer answer, String gateway, Instant now) {
    String code = "HTTP_" + answer.status();
    if (answer.authStatus()) {
      return new SendResult.AccountProblem(
          code,
          gateway
              + " refused the API token (HTTP "
              + answer.status()
              + "). Check the token in the gateway settings.");
    }
    if (answer.transientStatus()) {
      Instant notBefore = answer.retryAfter() == null ? null : now.plus(answer.retryAfter());
      return new SendResult.RetryLater(
          code, gateway + " is busy or unavailable (HTTP " + answer.status() + ")", notBefore);
    }
    return new SendResult.Rejected(
        code, gateway + " refused the request (HTTP " + answer.status() + ")");
  }

  /** Any failed exchange of a call that is not a send (balance, sender names, reports). */
  public static Problem problem(Exchange exchange, String gateway) {
    if (exchange instanceof Exchange.NotSent n) {
      return new Problem("NETWORK", gateway + ": " + n.reason());
    }
    if (exchange instanceof Exchange.NoAnswer n) {
      return new Problem("NO_ANSWER", gateway + ": " + n.reason());
    }
    Exchange.Answer a = (Exchange.Answer) exchange;
    String code = "HTTP_" + a.status();
    if (a.authStatus()) {
      return new Problem(
          code,
          gateway
              + " refused the API token (HTTP "
              + a.status()
              + "). Check the token in the gateway settings.");
    }
    return new Problem(
        code, gateway + " answered HTTP " + a.status() + " without the expected data.");
  }
}
