package pl.ordernotify.gateway;

import java.time.Instant;
import java.util.List;

/** Replies read from the gateway's inbox (SerwerSMS {@code messages/recived}). */
public sealed interface InboxResult {

  /** One reply: the gateway's id for it, the number it came from, its text and when it came. */
  record Reply(String id, String phone, String text, Instant receivedAt) {}

  /**
   * Replies after the cursor given, oldest first, and the cursor to give next time (the gateway's
   * own format, kept as it is).
   */
  record Replies(List<Reply> replies, String cursor) implements InboxResult {}

  /** The gateway offers no inbox to poll (SMSAPI, dry run). */
  record Unsupported() implements InboxResult {}

  record Failed(String reason) implements InboxResult {}
}
