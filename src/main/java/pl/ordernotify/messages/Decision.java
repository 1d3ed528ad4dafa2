package pl.ordernotify.messages;

/**
 * What became of a message and why: its status, the reason code (PLANNED, CONDITION, RETRY, …) and
 * the coded detail ({@link MessageDetail#encode()}) the console renders in its language.
 */
public record Decision(MessageStatus status, String reason, String reasonDetail) {}
