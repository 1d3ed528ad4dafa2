package pl.ordernotify.messages;

import java.time.Instant;

/** A SENT message whose delivery report is due. */
public record ReportDue(
    long id,
    String gateway,
    String gatewayMessageId,
    Instant sentAt,
    Instant expiresAt,
    int version) {}
