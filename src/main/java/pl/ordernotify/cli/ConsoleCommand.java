package pl.ordernotify.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import pl.ordernotify.WiringConsoleServices;
import pl.ordernotify.console.ConsoleLauncher;

@Command(
    name = "console",
    description = "Opens the manager console, with the sender running inside it.")
final class ConsoleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return runWith(Cli.root(spec));
  }

  Integer runWith(RootCommand root) {
    root.wiring()
        .onDatabaseWait(
            new DatabaseWaitLine(
                spec == null
                    ? new java.io.PrintWriter(System.out, true)
                    : spec.commandLine().getOut()));
    root.wiring().database();
    ConsoleLauncher.launch(new WiringConsoleServices(root.wiring()));
    return 0;
  }
}
