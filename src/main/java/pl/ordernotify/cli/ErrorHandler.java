package pl.ordernotify.cli;

import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import pl.ordernotify.store.StoreException;

/** A failed action prints one plain sentence on stderr and exits 1; details go to the log only. */
public final class ErrorHandler implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandler.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    cmd.getErr().println(cmd.getColorScheme().errorText(sentence(e)));
    return 1;
  }

  /** The one plain sentence for a failure; the details go to the log. */
  static String sentence(Exception e) {
    String message;
    if (e instanceof IllegalArgumentException
        || e instanceof IllegalStateException
        || e instanceof StoreException
        || e instanceof UncheckedIOException) {
      message = e.getMessage();
      log.debug("Command failed: {}", message, e);
    } else {
      message =
          "Something went wrong ("
              + e.getClass().getSimpleName()
              + "). The details are in the log"
              + " in the data folder's logs directory.";
      log.error("Command failed unexpectedly", e);
    }
    return message;
  }
}
