package pl.ordernotify.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.gateway.GatewayAccountService.Account;
import pl.ordernotify.gateway.GatewayAccountService.AccountChange;
import pl.ordernotify.gateway.SmsGateway;

@Command(
    name = "gateway",
    description = "The SMS gateway account: SMSAPI.pl, SerwerSMS.pl or the dry run.",
    subcommands = {
      GatewayCommand.Show.class,
      GatewayCommand.Set.class,
      GatewayCommand.Balance.class
    })
final class GatewayCommand {

  @Command(
      name = "show",
      description = "Shows the account; the token only as its last four characters.")
  static final class Show implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      print(spec.commandLine().getOut(), Cli.wiring(spec).gatewayAccount().account());
      return 0;
    }
  }

  @Command(
      name = "set",
      description =
          "Connects a gateway account. The token is read from a file and stored encrypted.")
  static final class Set implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--provider",
        required = true,
        paramLabel = "smsapi|serwersms|dry-run",
        description = "The gateway.")
    String provider;

    @Option(
        names = "--token-file",
        paramLabel = "F",
        description = "File holding the API token (keeps the saved token when left out).")
    Path tokenFile;

    @Option(
        names = "--sender",
        paramLabel = "NAME",
        description = "Sender name registered at the gateway (max 11 characters).")
    String sender;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description = "API address, for a proxy or a test server.")
    String baseUrl;

    @Option(
        names = "--test-mode",
        description = "The gateway validates every SMS but sends and charges nothing.")
    boolean testMode;

    @Override
    public Integer call() {
      String token = tokenFile == null ? null : readToken(tokenFile);
      GatewayAccountService accounts = Cli.wiring(spec).gatewayAccount();
      Account saved = accounts.save(new AccountChange(provider, token, sender, baseUrl, testMode));
      PrintWriter out = spec.commandLine().getOut();
      out.println("Gateway account saved.");
      print(out, saved);
      return 0;
    }

    private static String readToken(Path file) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        String token =
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString()
                .strip();
        if (token.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
          throw new IllegalArgumentException(
              "The token file "
                  + file
                  + " holds binary data, not a token."
                  + " Save the API token in it as one line of plain text.");
        }
        if (token.isEmpty()) {
          throw new IllegalArgumentException(
              "The token file " + file + " is empty. Paste the API token into it.");
        }
        return token;
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IllegalArgumentException(
            "The token file "
                + file
                + " holds binary data, not a token."
                + " Save the API token in it as one line of plain text.",
            e);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "The token file " + file + " cannot be read. Check the path.", e);
      }
    }
  }

  @Command(name = "balance", description = "Credits left at the gateway.")
  static final class Balance implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      SmsGateway gateway = Cli.wiring(spec).gatewayAccount().gateway();
      BalanceResult result = gateway.balance();
      if (result instanceof BalanceResult.Balance b) {
        spec.commandLine()
            .getOut()
            .println(
                gateway.dryRun()
                    ? "DRY RUN: no gateway account is connected, so there are no credits. Connect one with 'gateway set'."
                    : b.description());
        return 0;
      }
      BalanceResult.Failed f = (BalanceResult.Failed) result;
      throw new IllegalStateException(
          "The gateway did not tell the balance: "
              + f.reason()
              + (f.code() == null ? "" : " (code " + f.code() + ")"));
    }
  }

  static void print(PrintWriter out, Account a) {
    out.printf(
        "Provider:    %s%s%n",
        a.provider(), a.dryRun() ? " (DRY RUN: nothing is really sent)" : "");
    out.printf("Sender name: %s%n", a.senderName() == null ? "(account default)" : a.senderName());
    out.printf("Base URL:    %s%n", a.baseUrl().isEmpty() ? "-" : a.baseUrl());
    out.printf("Test mode:   %s%n", a.testMode() ? "on (validated, not sent or charged)" : "off");
    out.printf("API token:   %s%n", a.tokenMasked().isEmpty() ? "(none)" : a.tokenMasked());
  }
}
