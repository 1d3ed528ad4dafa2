package pl.ordernotify.gateway;

import java.time.Instant;

/**
 * One SMS to send.
 *
 * @param to recipient in E.164 form ({@code +48600100200}); each gateway formats it its own way
 * @param text the text to send; held as {@link SmsText#prepare} makes it (NFC, folded when asked),
 *     which is exactly what every gateway sends and counts
 * @param senderName registered sender name; null means the account default where allowed
 * @param idempotencyKey stable per logical message, 3–50 characters {@code [A-Za-z0-9]}
 * @param expiresAt the SMS validity end, passed to the gateway where it supports one; may be null
 * @param test gateway test mode: validated and answered, nothing sent or charged
 * @param foldDiacritics ask the gateway to replace national characters so the text stays GSM-7
 */
public record OutgoingSms(
    String to,
    String text,
    String senderName,
    String idempotencyKey,
    Instant expiresAt,
    boolean test,
    boolean foldDiacritics) {

  public OutgoingSms {
    text = SmsText.prepare(text, foldDiacritics);
  }
}
