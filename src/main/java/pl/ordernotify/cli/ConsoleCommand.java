package pl.ordernotify.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import pl.ordernotify.WiringConsoleServices;
import pl.ordernotify.console.ConsoleLauncher;
import pl.ordernotify.console.ConsoleOpening;
import pl.ordernotify.console.ConsoleServices;

@Command(
    name = "console",
    description = "Opens the manager console, with the sender running inside it.")
final class ConsoleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return runWith(Cli.root(spec));
  }

  /** The window opens first; the database is opened behind its splash (issue 13). */
  Integer runWith(RootCommand root) {
    root.wiring(); // where the data folder is, and its log file; no database work yet
    ConsoleLauncher.launch(
        new ConsoleOpening() {
          @Override
          public ConsoleServices open(Consumer<Duration> databaseWait) {
            root.wiring().onDatabaseWait(databaseWait);
            root.wiring().database();
            return new WiringConsoleServices(root.wiring());
          }

          @Override
          public String sentence(RuntimeException failure) {
            return ErrorHandler.sentence(failure);
          }
        });
    return 0;
  }
}
