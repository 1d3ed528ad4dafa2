package pl.ordernotify.gateway;

import java.util.List;

/**
 * One SMS gateway account. Every outcome is a value: no method throws for a gateway or network
 * problem, so the sender loop never has to guess what an exception meant.
 */
public interface SmsGateway {

  /** {@code smsapi}, {@code serwersms} or {@code dry-run}. */
  String provider();

  /** True for the dry-run gateway, which sends nothing; every result it gives is labelled so. */
  default boolean dryRun() {
    return false;
  }

  /** Sends one message; the idempotency key protects against a second SMS on resend. */
  SendResult send(OutgoingSms sms);

  /**
   * Sends many SMS; one result per item, in the items' order. Gateways that cannot batch send them
   * one by one. An item answered {@link SendResult.Unknown} may have gone out: resolve it with its
   * key (look-up, or a resend the gateway refuses as a duplicate), never under a new one.
   */
  default List<SendResult> sendBatch(BatchSms batch) {
    return batch.items().stream().map(item -> send(batch.single(item))).toList();
  }

  /** How many items one {@link #sendBatch} request takes at most. */
  default int maxBatch() {
    return 100;
  }

  /** Looks a message up by our idempotency key, where the gateway can (SerwerSMS unique_id). */
  LookupResult lookup(String idempotencyKey);

  /** Delivery statuses for messages the gateway accepted, by gateway id. */
  ReportsResult reports(List<String> gatewayIds);

  /** Credits / points left. */
  BalanceResult balance();

  /** Sender names registered on the account. */
  SenderNamesResult senderNames();

  /** Checks the connection and the token without sending anything. */
  CheckResult check();

  /**
   * Replies that came after {@code cursor} (null: the first poll), read without marking them read.
   * Gateways without an inbox answer {@link InboxResult.Unsupported}.
   */
  default InboxResult inbox(String cursor) {
    return new InboxResult.Unsupported();
  }
}
