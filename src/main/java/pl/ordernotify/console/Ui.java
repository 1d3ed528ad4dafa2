package pl.ordernotify.console;

import java.time.Clock;

/** What every view model needs besides its services: threads, dialogs, words and time. */
public record Ui(Background background, Dialogs dialogs, Texts texts, Clock clock) {

  /**
   * Reports a failed action: a plain sentence under {@code key}, the next step under {@code
   * key.next}.
   */
  public void failed(String key, Throwable error) {
    dialogs.error(texts.get(key), texts.get(key + ".next"), error);
  }
}
