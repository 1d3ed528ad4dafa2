package pl.ordernotify;

import picocli.CommandLine;
import pl.ordernotify.cli.ErrorHandler;
import pl.ordernotify.cli.HelpOptions;
import pl.ordernotify.cli.RootCommand;
import pl.ordernotify.cli.UsageHandler;

/**
 * The entry point of the jar and the installed launcher. It does not extend JavaFX's Application,
 * so it starts from a plain classpath.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit status: 0 done, 1 failed, 2 bad usage. */
  public static int run(String... args) {
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
    RootCommand root = new RootCommand();
    CommandLine cmd = new CommandLine(root);
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setParameterExceptionHandler(new UsageHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    HelpOptions.addEverywhere(cmd);
    try {
      return cmd.execute(args);
    } finally {
      root.close();
    }
  }
}
