package pl.ordernotify.sender.soak;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A fake gateway on loopback that the soak runs the sender against, and what it counted. */
public interface SoakGatewayServer extends AutoCloseable {

  /** The provider name the sender's gateway is configured with. */
  String provider();

  /** The base URL for the sender's {@code GatewayConfig}. */
  String baseUrl();

  /** Every SMS the fake "sent", per number: more than one is a duplicate. */
  Map<String, AtomicInteger> sentPerNumber();

  int requests();

  /** Provider-specific counters for the result line, as {@code name=value} words. */
  String counters();

  /** Requests the fake found wrong (e.g. a SerwerSMS send without sender); empty when none. */
  default List<String> problems() {
    return List.of();
  }

  @Override
  void close();
}
