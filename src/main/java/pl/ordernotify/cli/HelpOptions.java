package pl.ordernotify.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code -h}/{@code --help} on every command and sub-command, not only on the root. */
public final class HelpOptions {

  private HelpOptions() {}

  public static void addEverywhere(CommandLine cmd) {
    CommandSpec spec = cmd.getCommandSpec();
    if (spec.findOption("--help") == null
        && !(spec.userObject() instanceof CommandLine.HelpCommand)) {
      spec.addOption(
          OptionSpec.builder("-h", "--help")
              .usageHelp(true)
              .description("Shows this help and exits.")
              .build());
    }
    cmd.getSubcommands().values().forEach(HelpOptions::addEverywhere);
  }
}
