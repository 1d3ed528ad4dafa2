package pl.ordernotify.templates;

import java.time.Instant;

/** A template as stored in {@code sms_template}. {@code kind} is ORDER or CAMPAIGN. */
public record SavedTemplate(
    Long id,
    String name,
    String kind,
    String language,
    String body,
    Instant createdAt,
    Instant updatedAt) {

  public TemplateKind templateKind() {
    return TemplateKind.valueOf(kind);
  }
}
