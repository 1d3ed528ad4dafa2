package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageRule;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.stages.ThankYouOffer;

@Command(
    name = "stages",
    description = "Which order stages send an SMS, and when.",
    subcommands = {StagesCommand.ListStages.class, StagesCommand.SetStage.class})
final class StagesCommand {

  @Command(name = "list", description = "Shows every stage with its template and timing.")
  static final class ListStages implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var w = Cli.wiring(spec);
      print(
          spec.commandLine().getOut(),
          w.stages().list(),
          new ThankYouOffer(w.database()).carriesOffer());
      return 0;
    }
  }

  @Command(
      name = "set",
      description = "Changes one stage: ACCEPTED, READY, DEPARTED, LATE or THANK_YOU.")
  static final class SetStage implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "STAGE",
        description = "ACCEPTED, READY, DEPARTED, LATE or THANK_YOU")
    String stage;

    @ArgGroup(exclusive = true)
    Toggle toggle;

    static final class Toggle {
      @Option(names = "--enable", description = "Send SMS at this stage.")
      boolean enable;

      @Option(names = "--disable", description = "Send no SMS at this stage.")
      boolean disable;
    }

    @Option(
        names = "--template",
        paramLabel = "NAME",
        description = "ORDER template for its language.")
    String template;

    @Option(names = "--delay", paramLabel = "MIN", description = "Minutes after the status change.")
    Integer delay;

    @Option(
        names = "--validity",
        paramLabel = "MIN",
        description = "Not sent later than this many minutes after the change.")
    Integer validity;

    @Option(names = "--days", paramLabel = "N", description = "THANK_YOU: days after the order.")
    Integer days;

    @Option(names = "--window", paramLabel = "HH:MM-HH:MM", description = "THANK_YOU: send window.")
    String window;

    @ArgGroup(exclusive = true)
    Offer offer;

    static final class Offer {
      @Option(
          names = "--offer",
          description = "THANK_YOU: the text carries an offer (marketing; consent needed).")
      boolean offer;

      @Option(
          names = "--no-offer",
          description = "THANK_YOU: no offer in this text; sent without marketing consent.")
      boolean noOffer;
    }

    @Option(
        names = "--grace",
        paramLabel = "MIN",
        description = "LATE: minutes after the promised time.")
    Integer grace;

    @ArgGroup(exclusive = false)
    StageConditionOptions conditions;

    @Override
    public Integer call() {
      Stage s = Stage.parse(stage);
      if (s == null) {
        throw new IllegalArgumentException(
            "There is no stage called '"
                + stage
                + "'. Use one of ACCEPTED, READY, DEPARTED, LATE, THANK_YOU.");
      }
      StageChange change = StageChange.of(s);
      if (toggle != null) {
        change = change.withEnabled(toggle.enable);
      }
      change = template == null ? change : change.withTemplate(template);
      change = delay == null ? change : change.withDelay(delay);
      change = validity == null ? change : change.withValidity(validity);
      change = days == null ? change : change.withDays(days);
      change = window == null ? change : change.withWindow(window);
      if (offer != null && s != Stage.THANK_YOU) {
        throw new IllegalArgumentException("--offer and --no-offer are for THANK_YOU only.");
      }
      change = grace == null ? change : change.withGrace(grace);
      StageService stages = Cli.wiring(spec).stages();
      if (conditions != null) {
        change =
            change.withConditions(
                conditions.applyTo(stages.rule(s).conditions(), spec.commandLine()));
      }
      StageRule rule = stages.apply(change);
      ThankYouOffer offers = new ThankYouOffer(Cli.wiring(spec).database());
      if (offer != null) {
        offers.set(offer.offer);
      }
      print(spec.commandLine().getOut(), List.of(rule), offers.carriesOffer());
      return 0;
    }
  }

  static void print(PrintWriter out, List<StageRule> rules, boolean thankYouOffer) {
    out.printf(
        "%-10s %-8s %-36s %6s %9s %5s %-12s%n",
        "STAGE", "ENABLED", "TEMPLATES", "DELAY", "VALIDITY", "DAYS", "WINDOW");
    for (StageRule r : rules) {
      String templates =
          r.templates().isEmpty()
              ? "-"
              : r.templates().entrySet().stream()
                  .map(e -> e.getKey() + ":" + e.getValue())
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("-");
      boolean thanks = r.stage() == Stage.THANK_YOU;
      boolean late = r.stage() == Stage.LATE;
      out.printf(
          "%-10s %-8s %-36s %6s %9s %5s %-12s%n",
          r.stage(),
          r.enabled() ? "yes" : "no",
          Cli.cell(templates, 36),
          thanks ? "-" : late ? "+" + r.graceMinutes() + "m" : r.delayMinutes() + "m",
          thanks ? "-" : r.validityMinutes() + "m",
          thanks ? r.daysAfter() : "-",
          thanks ? r.windowStart() + "-" + r.windowEnd() : "-");
      out.printf("           %s%n", StageService.describe(r));
      if (thanks) {
        out.printf("           %s%n", ThankYouOffer.describe(thankYouOffer));
      }
    }
  }
}
