package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pl.ordernotify.campaigns.AudienceFilter;
import pl.ordernotify.campaigns.Campaign;
import pl.ordernotify.campaigns.CampaignDraft;
import pl.ordernotify.campaigns.CampaignPreview;
import pl.ordernotify.campaigns.CampaignResults;
import pl.ordernotify.campaigns.CampaignService;

@Command(
    name = "campaigns",
    description = "SMS campaigns with promo codes: audience, cost, sending, results.",
    subcommands = {
      CampaignsCommand.ListCampaigns.class,
      CampaignsCommand.Create.class,
      CampaignsCommand.Preview.class,
      CampaignsCommand.Test.class,
      CampaignsCommand.Start.class,
      CampaignsCommand.Pause.class,
      CampaignsCommand.Resume.class,
      CampaignsCommand.Cancel.class,
      CampaignsCommand.Results.class
    })
final class CampaignsCommand {

  static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static CampaignService campaigns(CommandSpec spec) {
    return Cli.wiring(spec).campaigns();
  }

  static ZoneId zone(CommandSpec spec) {
    return Cli.wiring(spec).settings().restaurant().zone();
  }

  @Command(name = "list", description = "Lists the campaigns with status and progress.")
  static final class ListCampaigns implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      CampaignService service = campaigns(spec);
      List<Campaign> all = service.list();
      if (all.isEmpty()) {
        out.println(
            "No campaigns yet. Create one: campaigns create NAME --template T --promotion TEXT --code CODE");
        return 0;
      }
      out.printf(
          "%-24s %-10s %10s %8s %6s %8s %6s  %s%n",
          "NAME", "STATUS", "RECIPIENTS", "PROGRESS", "SENT", "SKIPPED", "ORDERS", "NOTE");
      for (Campaign c : all) {
        CampaignResults r = service.results(c);
        out.printf(
            "%-24s %-10s %10d %7.0f%% %6d %8d %6d  %s%n",
            Cli.cell(c.name(), 24),
            c.status(),
            r.recipients(),
            r.progress() * 100,
            r.sent(),
            r.skippedTotal(),
            r.orders(),
            c.statusDetail() == null ? "" : c.statusDetail());
      }
      return 0;
    }
  }

  @Command(
      name = "create",
      description = "Creates a campaign (a draft; 'campaigns start' sends it).")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = "--template",
        required = true,
        paramLabel = "T",
        description = "CAMPAIGN template; repeat for another language.")
    List<String> templates;

    @Option(
        names = "--promotion",
        required = true,
        paramLabel = "TEXT",
        description = "Promotion name (<<nazwaPromocji>>).")
    String promotion;

    @Option(names = "--code", paramLabel = "CODE", description = "One promo code for everyone.")
    String code;

    @Option(
        names = "--unique-codes",
        paramLabel = "PREFIX",
        description = "A unique code per recipient: PREFIX-XXXXXX.")
    String prefix;

    @Option(
        names = "--valid-days",
        paramLabel = "N",
        description = "Code valid for N days after the start (default 14).")
    Integer validDays;

    @Option(
        names = "--regulars",
        paramLabel = "MIN_ORDERS",
        description = "Only customers with at least MIN_ORDERS orders in the last D days.")
    Integer regulars;

    @Option(
        names = "--lapsed",
        description = "Only customers who ordered before but not in the last D days.")
    boolean lapsed;

    @Option(
        names = "--min-spend",
        paramLabel = "X",
        description = "Only customers who spent at least X in the last D days.")
    BigDecimal minSpend;

    @Option(
        names = "--days",
        paramLabel = "D",
        description = "The history the filters look at (default 30 days).")
    Integer days;

    @Option(
        names = "--language",
        paramLabel = "pl|en",
        description = "Only customers with this language.")
    String language;

    @Option(
        names = "--at",
        paramLabel = "'YYYY-MM-DD HH:MM'",
        description = "Start by itself at this time (restaurant time).")
    String at;

    @Override
    public Integer call() {
      AudienceFilter f =
          AudienceFilter.everyone()
              .withMinOrders(regulars)
              .withLapsed(lapsed)
              .withMinSpend(minSpend)
              .withLanguage(language);
      if (days != null) {
        f = f.withDays(days);
      }
      CampaignDraft d =
          new CampaignDraft(name, templates, promotion, code, prefix, validDays, f, startAt());
      CampaignService service = campaigns(spec);
      Campaign c = service.create(d);
      int n = service.audienceCount(c.audience());
      spec.commandLine()
          .getOut()
          .printf(
              "Created campaign '%s' (draft) for %d recipients. Next: campaigns preview %s%n",
              c.name(), n, quoted(c.name()));
      return 0;
    }

    private Instant startAt() {
      if (at == null) {
        return null;
      }
      try {
        return LocalDateTime.parse(at.strip(), AT).atZone(zone(spec)).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "The start time '" + at + "' is not in the form 'YYYY-MM-DD HH:MM'.");
      }
    }
  }

  @Command(
      name = "preview",
      description = "Recipients, parts, cost, credits and the month's cap before sending.")
  static final class Preview implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      CampaignService service = campaigns(spec);
      CampaignPreview p = service.preview(service.get(name), true);
      print(spec.commandLine().getOut(), p);
      return 0;
    }
  }

  static void print(PrintWriter out, CampaignPreview p) {
    out.printf(
        "Recipients:      %d%s%n",
        p.recipients(),
        p.byLanguage().isEmpty()
            ? ""
            : " ("
                + String.join(
                    ", ",
                    p.byLanguage().entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .toList())
                + ")");
    out.printf("Parts per SMS:   %d%n", p.partsPerSms());
    out.printf("Total parts:     %d%n", p.totalParts());
    out.printf(
        "Estimated cost:  %s %s%n",
        p.cost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), p.currency());
    out.printf(
        "Gateway credits: %s%n",
        p.credits() == null ? "the gateway does not say" : p.credits().description());
    if (p.monthlyCap() == null) {
      out.printf("Monthly cap:     none (%d parts used this month)%n", p.usedThisMonth());
    } else {
      out.printf(
          "Monthly cap:     %d parts, %d used, %d left after this campaign%n",
          p.monthlyCap(), p.usedThisMonth(), Math.max(0, p.remainingAfter()));
      if (p.overCapBy() > 0) {
        out.printf(
            "                 It would pass the cap by %d parts: the start will be refused.%n",
            p.overCapBy());
      }
    }
    if (p.unrenderable() > 0) {
      out.printf(
          "Cannot be written for %d recipient(s): %s%n", p.unrenderable(), p.unrenderableReason());
    }
    if (p.sample() != null) {
      out.printf("Longest SMS:     %s%n", p.sample().replace('\n', ' '));
    }
  }

  @Command(
      name = "test",
      description = "Sends the campaign's SMS, with a real recipient's values, to a staff phone.")
  static final class Test implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--to", required = true, paramLabel = "PHONE")
    String to;

    @Override
    public Integer call() {
      var o = campaigns(spec).test(name, to);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Text (%d part(s)): %s%n", o.parts(), o.text());
      out.printf("Gateway: %s%n", o.answer());
      if (!o.accepted()) {
        throw new IllegalStateException("The test SMS was not sent. " + o.answer());
      }
      return 0;
    }
  }

  @Command(name = "start", description = "Starts a draft: now, or at its --at time.")
  static final class Start implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      Campaign c = campaigns(spec).start(name);
      PrintWriter out = spec.commandLine().getOut();
      if ("SCHEDULED".equals(c.status())) {
        out.printf(
            "Campaign '%s' is scheduled for %s; the sender starts it then.%n",
            c.name(), AT.format(c.startAt().atZone(zone(spec))));
      } else {
        int n = campaigns(spec).results(c).recipients();
        out.printf(
            "Campaign '%s' started with %d recipients; the sender sends it in batches.%n",
            c.name(), n);
      }
      return 0;
    }
  }

  /** "Campaign 'X' is paused." after pause or resume; exit 0. */
  static int printStatus(CommandSpec spec, Campaign c) {
    spec.commandLine()
        .getOut()
        .printf("Campaign '%s' is %s.%n", c.name(), c.status().toLowerCase(Locale.ROOT));
    return 0;
  }

  @Command(name = "pause", description = "Pauses sending; 'campaigns resume' continues.")
  static final class Pause implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return printStatus(spec, campaigns(spec).pause(name));
    }
  }

  @Command(name = "resume", description = "Continues a paused campaign.")
  static final class Resume implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return printStatus(spec, campaigns(spec).resume(name));
    }
  }

  @Command(name = "cancel", description = "Cancels: SMS already sent stay, the rest are not sent.")
  static final class Cancel implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      Campaign c = campaigns(spec).cancel(name);
      CampaignResults r = campaigns(spec).results(c);
      spec.commandLine()
          .getOut()
          .printf(
              "Campaign '%s' is cancelled: %d sent, %d not sent.%n",
              c.name(), r.sent(), r.cancelled());
      return 0;
    }
  }

  @Command(
      name = "results",
      description = "Sent, delivered, failed, skipped, cost, orders with the codes and revenue.")
  static final class Results implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      CampaignResults r = campaigns(spec).results(name);
      PrintWriter out = spec.commandLine().getOut();
      Campaign c = r.campaign();
      out.printf(
          "Campaign:     %s (%s)%s%n",
          c.name(), c.status(), c.statusDetail() == null ? "" : " - " + c.statusDetail());
      out.printf("Recipients:   %d (%d waiting)%n", r.recipients(), r.waiting());
      out.printf("Sent:         %d%n", r.sent());
      out.printf("Delivered:    %d%n", r.delivered());
      out.printf("Undelivered:  %d%n", r.undelivered());
      out.printf("Failed:       %d%n", r.failed());
      out.printf(
          "Skipped:      %d%s%n",
          r.skippedTotal(),
          r.skipped().isEmpty()
              ? ""
              : " ("
                  + String.join(
                      ", ",
                      r.skipped().entrySet().stream()
                          .map(e -> e.getKey() + ": " + e.getValue())
                          .toList())
                  + ")");
      out.printf("Cancelled:    %d%n", r.cancelled());
      out.printf("Cost:         %s (%d parts)%n", r.cost().toPlainString(), r.parts());
      out.printf("Orders:       %d with the campaign's code%n", r.orders());
      out.printf(
          "Revenue:      %s%n",
          r.revenue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
      out.printf("Redemption:   %.1f%%%n", r.redemptionRate() * 100);
      out.printf(
          "Opt-outs:     %d recipient(s) opted out or withdrew consent in the 7 days after the start%n",
          r.optOuts());
      return 0;
    }
  }

  private static String quoted(String name) {
    return name.contains(" ") ? "'" + name + "'" : name;
  }
}
