package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pl.ordernotify.Wiring;
import pl.ordernotify.customers.ConsentEvent;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.Suppressions;

@Command(
    name = "customers",
    description = "Customers, their opt-out and marketing consent (with its audit).",
    subcommands = {
      CustomersCommand.Find.class,
      CustomersCommand.Set.class,
      CustomersCommand.History.class
    })
final class CustomersCommand {

  @Command(name = "find", description = "Customers whose name or phone contains TEXT.")
  static final class Find implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "Part of a name or phone number.")
    String text;

    @Override
    public Integer call() {
      Wiring w = Cli.wiring(spec);
      List<Customer> found = w.customers().search(text, 200);
      PrintWriter out = spec.commandLine().getOut();
      if (found.isEmpty()) {
        out.println("No customer matches '" + text + "'.");
        return 0;
      }
      ConsentService consent = w.consent();
      Suppressions suppressions = w.suppressions();
      out.printf(
          "%-6s %-28s %-16s %-8s %-8s %-18s %s%n",
          "ID", "NAME", "PHONE", "OPT-OUT", "CONSENT", "CONSENT STATE", "CAMPAIGNS");
      for (Customer c : found) {
        out.printf(
            "%-6d %-28s %-16s %-8s %-8s %-18s %s%n",
            c.id(),
            Cli.cell(c.name(), 28),
            Cli.cell(c.phone(), 16),
            c.smsOptOut() ? "yes" : "no",
            c.marketingConsent() ? "yes" : "no",
            consent.state(c),
            suppressions.isSuppressed(c.id()) ? "SUPPRESSED" : "-");
      }
      return 0;
    }
  }

  @Command(
      name = "set",
      description = "Changes a customer's opt-out or marketing consent; every change is recorded.")
  static final class Set implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "PHONE_OR_ID",
        description = "The customer's phone number or id.")
    String who;

    @ArgGroup(exclusive = true)
    OptOut optOut;

    static final class OptOut {
      @Option(
          names = "--opt-out",
          description = "No SMS of any kind (also ends marketing consent).")
      boolean on;

      @Option(names = "--no-opt-out", description = "SMS allowed again.")
      boolean off;
    }

    @ArgGroup(exclusive = false)
    Consent consent;

    static final class Consent {
      @ArgGroup(exclusive = true, multiplicity = "1")
      Toggle toggle;

      @Option(
          names = "--source",
          paramLabel = "S",
          required = true,
          description = "Where the change comes from: POS, CONSOLE, CLI, REPLY or GATEWAY.")
      String source;
    }

    static final class Toggle {
      @Option(names = "--consent", description = "Marketing consent given.")
      boolean on;

      @Option(names = "--no-consent", description = "Marketing consent withdrawn.")
      boolean off;
    }

    @Option(
        names = "--staff",
        paramLabel = "NAME",
        description = "Who records it (default: your user name).")
    String staff;

    @Override
    public Integer call() {
      if (optOut == null && consent == null) {
        throw new ParameterException(
            spec.commandLine(),
            "Say what to change: --opt-out, --no-opt-out, or --consent/--no-consent with --source.");
      }
      if (optOut != null && optOut.on && consent != null && consent.toggle.on) {
        // refused before anything is written: opt-out wins, so the pair could only half succeed
        throw new ParameterException(
            spec.commandLine(),
            "--opt-out and --consent cannot go together: an opted-out customer gets no SMS of any kind.");
      }
      ConsentSource source =
          consent == null ? ConsentSource.CLI : ConsentSource.parse(consent.source);
      if (source == null) {
        throw new ParameterException(
            spec.commandLine(),
            "There is no source '"
                + consent.source
                + "'. Use one of POS, CONSOLE, CLI, REPLY, GATEWAY.");
      }
      Wiring w = Cli.wiring(spec);
      ConsentService service = w.consent();
      Customer c = CustomerLookup.find(service, w, who);
      String by = staff != null ? staff : System.getProperty("user.name");
      ConsentService.Origin origin = new ConsentService.Origin(source, by, null);
      PrintWriter out = spec.commandLine().getOut();
      if (optOut != null) {
        report(
            out,
            service.setOptOut(c.id(), optOut.on, origin),
            optOut.on ? "opted out" : "opt-out removed");
      }
      if (consent != null) {
        report(
            out,
            service.setConsent(c.id(), consent.toggle.on, origin),
            consent.toggle.on ? "marketing consent given" : "marketing consent withdrawn");
      }
      return 0;
    }

    private static void report(PrintWriter out, ConsentService.Result r, String what) {
      Customer c = r.customer();
      out.println(
          r.changed().isEmpty()
              ? "No change: " + c.name() + " was already " + state(c) + "."
              : "Recorded: " + c.name() + " (" + c.id() + ") " + what + "; now " + state(c) + ".");
    }

    private static String state(Customer c) {
      return (c.smsOptOut() ? "opted out" : "not opted out")
          + ", "
          + (c.marketingConsent() ? "with marketing consent" : "without marketing consent");
    }
  }

  @Command(
      name = "history",
      description = "Every recorded change of a customer's consent and opt-out.")
  static final class History implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "PHONE_OR_ID",
        description = "The customer's phone number or id.")
    String who;

    @Override
    public Integer call() {
      Wiring w = Cli.wiring(spec);
      ConsentService service = w.consent();
      Customer c = CustomerLookup.find(service, w, who);
      PrintWriter out = spec.commandLine().getOut();
      out.println(c.name() + " (" + c.id() + "), " + c.phone() + ": consent " + service.state(c));
      w.suppressions()
          .suppression(c.id())
          .ifPresent(
              s ->
                  out.println(
                      "Suppressed for campaigns: the last "
                          + s.undeliveredAt().size()
                          + " SMS to "
                          + s.phone()
                          + " were undelivered."));
      print(out, service.history(c.id()), w.settings().restaurant().zone());
      return 0;
    }
  }

  static void print(PrintWriter out, List<ConsentEvent> events, ZoneId zone) {
    if (events.isEmpty()) {
      out.println("No recorded changes.");
      return;
    }
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    out.printf(
        "%-19s %-17s %-5s %-8s %-16s %-16s %-7s %s%n",
        "WHEN", "CHANGE", "VALUE", "SOURCE", "STAFF", "PHONE", "WORDING", "DETAIL");
    for (ConsentEvent e : events) {
      out.printf(
          "%-19s %-17s %-5s %-8s %-16s %-16s %-7s %s%n",
          time.format(e.occurredAt()),
          e.field(),
          e.newValue() ? "on" : "off",
          e.source(),
          Cli.cell(e.staff(), 16),
          Cli.cell(e.phone(), 16),
          e.wordingVersion() == null ? "-" : "v" + e.wordingVersion(),
          e.detail() == null ? "" : e.detail());
      if (e.wording() != null) {
        out.printf("%-19s wording v%d: %s%n", "", e.wordingVersion(), e.wording());
      }
    }
  }
}
