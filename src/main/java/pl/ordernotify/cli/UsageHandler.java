package pl.ordernotify.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage: what was wrong, any "did you mean", then the usage of the command concerned; exit 2.
 */
public final class UsageHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    cmd.usage(err, cmd.getColorScheme());
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }
}
