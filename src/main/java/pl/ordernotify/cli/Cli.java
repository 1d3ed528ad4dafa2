package pl.ordernotify.cli;

import picocli.CommandLine.Model.CommandSpec;
import pl.ordernotify.Wiring;

/** What every command needs: the application built from the global options. */
final class Cli {

  private Cli() {}

  static RootCommand root(CommandSpec spec) {
    return (RootCommand) spec.root().userObject();
  }

  static Wiring wiring(CommandSpec spec) {
    return root(spec).wiring();
  }

  /** Cuts a cell to {@code width} characters for a table column. */
  static String cell(Object value, int width) {
    String s = value == null ? "-" : value.toString();
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }
}
