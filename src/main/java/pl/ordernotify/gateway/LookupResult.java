package pl.ordernotify.gateway;

/** Answer to "did you already accept the message with this idempotency key?". */
public sealed interface LookupResult {

  record Found(String gatewayId, DeliveryStatus status) implements LookupResult {}

  record NotFound() implements LookupResult {}

  /** The gateway cannot look messages up (SMSAPI: resend with the same idx and check_idx=1). */
  record Unsupported() implements LookupResult {}

  /** The look-up itself failed; ask again later. */
  record Failed(String reason) implements LookupResult {}
}
