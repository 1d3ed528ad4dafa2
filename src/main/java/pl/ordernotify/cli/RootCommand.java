package pl.ordernotify.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.ordernotify.Wiring;

@Command(
    name = "ordernotify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "SMS notifications for restaurant delivery orders. With no command, opens the console.",
    subcommands = {
      ConsoleCommand.class,
      DemoCommand.class,
      GatewayCommand.class,
      SendTestCommand.class,
      TemplatesCommand.class,
      StagesCommand.class,
      MessagesCommand.class,
      CustomersCommand.class,
      CampaignsCommand.class,
      SenderCommand.class,
      SettingsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RootCommand implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the database and settings live (default: $ORDERNOTIFY_HOME or ~/.ordernotify).")
  Path dataDir;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description = "Use this database instead of the data folder's.")
  String dbUrl;

  @Option(
      names = "--db-password-file",
      paramLabel = "FILE",
      description =
          "Read the database password from this file's first line (never give it on the command line).")
  Path dbPasswordFile;

  private Wiring wiring;

  /** The application, built on first use with the global options. */
  public synchronized Wiring wiring() {
    if (wiring == null) {
      wiring = Wiring.fromOptions(dataDir, dbUrl, dbPasswordFile, System.getenv());
      LogFiles.writeTo(wiring.location().logDir());
    }
    return wiring;
  }

  public synchronized void close() {
    if (wiring != null) {
      wiring.close();
    }
  }

  @Override
  public Integer call() {
    return new ConsoleCommand().runWith(this);
  }
}
