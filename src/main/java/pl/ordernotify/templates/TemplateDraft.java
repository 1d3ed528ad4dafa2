package pl.ordernotify.templates;

/**
 * A template read from a file, not yet validated or stored.
 *
 * @param name unique template name, e.g. {@code przyjete-pl}
 * @param kind ORDER or CAMPAIGN
 * @param language template language, two lower-case letters ("pl", "en")
 * @param suggestedStage ACCEPTED, READY, DEPARTED or THANK_YOU for an order template meant for that
 *     stage; null when the file names none
 * @param body the text with {@code <<variable>>} placeholders, lines separated by {@code \n}
 */
public record TemplateDraft(
    String name, TemplateKind kind, String language, String suggestedStage, String body) {}
