package pl.ordernotify.console;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the console opens behind its splash, off the FX thread: the database, its migrations and the
 * services. Handed to {@link ConsoleLauncher} by the CLI.
 */
public interface ConsoleOpening {

  /**
   * Opens the database and builds the console's services; may take seconds.
   *
   * @param databaseWait hears how long opening has waited while a dead process's lock lingers
   */
  ConsoleServices open(Consumer<Duration> databaseWait);

  /**
   * The one plain sentence a failed opening is refused with (the same the CLI prints on stderr).
   */
  String sentence(RuntimeException failure);
}
