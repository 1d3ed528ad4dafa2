package pl.ordernotify.console;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows any error nobody caught as a plain sentence, instead of letting it vanish into a log. */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(UncaughtErrors.class);
  private final Dialogs dialogs;
  private final Texts texts;
  private boolean showing;

  UncaughtErrors(Dialogs dialogs, Texts texts) {
    this.dialogs = dialogs;
    this.texts = texts;
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    log.error("Uncaught error in thread {}", thread.getName(), error);
    Platform.runLater(
        () -> {
          if (showing) {
            return;
          }
          showing = true;
          try {
            dialogs.error(
                texts.get("shell.error.unexpected"),
                texts.get("shell.error.unexpected.next"),
                error);
          } finally {
            showing = false;
          }
        });
  }
}
