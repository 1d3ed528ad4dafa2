package pl.ordernotify.sender;

import pl.ordernotify.messages.Message;

/**
 * A message this sender claimed. {@code version} is the row's version after the claim; every later
 * write is conditional on it, so a row someone else changed is never overwritten.
 *
 * @param orphan the message was found in SENDING with an unknown outcome (crash, timeout)
 */
record Claim(Message message, int version, boolean orphan) {

  long id() {
    return message.id();
  }
}
