package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;

@Command(
    name = "settings",
    description = "The restaurant's facts and the sending rules.",
    subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class})
final class SettingsCommand {

  /** The settings shown and set here, in the order shown, with their option names. */
  static final Map<Setting, String> SHOWN = new LinkedHashMap<>();

  static {
    SHOWN.put(Setting.RESTAURANT_NAME, "--restaurant-name");
    SHOWN.put(Setting.RESTAURANT_PHONE, "--restaurant-phone");
    SHOWN.put(Setting.TIME_ZONE, "--zone");
    SHOWN.put(Setting.PRICE_PER_PART, "--price-per-part");
    SHOWN.put(Setting.MONTHLY_CAP_PARTS, "--monthly-cap");
    SHOWN.put(Setting.FOLD_DIACRITICS, "--fold-diacritics");
    SHOWN.put(Setting.MARKETING_WINDOW, "--marketing-window");
    SHOWN.put(Setting.CLOSED_DAYS, "--closed-days");
    SHOWN.put(Setting.CAP_PER_DAY, "--cap-per-day");
    SHOWN.put(Setting.CAP_PER_WEEK, "--cap-per-week");
    SHOWN.put(Setting.MANAGER_PHONE, "--manager-phone");
  }

  @Command(name = "show", description = "Shows the restaurant and sending settings.")
  static final class Show implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      print(spec.commandLine().getOut(), Cli.wiring(spec).settings());
      return 0;
    }
  }

  @Command(
      name = "set",
      description = "Changes the settings given; all are checked before any is saved.")
  static final class Set implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--restaurant-name",
        paramLabel = "N",
        description = "Name for <<nazwaLokalu>>.")
    String restaurantName;

    @Option(
        names = "--restaurant-phone",
        paramLabel = "P",
        description = "Phone for <<telefonLokalu>>.")
    String restaurantPhone;

    @Option(names = "--zone", paramLabel = "Z", description = "Time zone, e.g. Europe/Warsaw.")
    String zone;

    @Option(
        names = "--price-per-part",
        paramLabel = "X",
        description = "Price of one SMS part, e.g. 0.16.")
    String pricePerPart;

    @Option(
        names = "--monthly-cap",
        paramLabel = "PARTS",
        description = "SMS parts allowed per month; empty = no cap.")
    String monthlyCap;

    @Option(
        names = "--fold-diacritics",
        paramLabel = "true|false",
        description = "Send ą as a, ł as l… (cheaper).")
    String foldDiacritics;

    @Option(
        names = "--marketing-window",
        paramLabel = "HH:MM-HH:MM",
        description = "When campaign SMS may go out.")
    String marketingWindow;

    @Option(
        names = "--closed-days",
        paramLabel = "DATES",
        description =
            "Days without campaign SMS: dates (2026-12-24) or weekdays (SUNDAY), comma-separated; empty = none.")
    String closedDays;

    @Option(
        names = "--cap-per-day",
        paramLabel = "N",
        description = "Campaign SMS per customer in 24 hours.")
    String capPerDay;

    @Option(
        names = "--cap-per-week",
        paramLabel = "N",
        description = "Campaign SMS per customer in 7 days.")
    String capPerWeek;

    @Option(
        names = "--manager-phone",
        paramLabel = "P",
        description = "Phone for alerts; empty = none.")
    String managerPhone;

    @Override
    public Integer call() {
      Map<Setting, String> given = new LinkedHashMap<>();
      given.put(Setting.RESTAURANT_NAME, restaurantName);
      given.put(Setting.RESTAURANT_PHONE, restaurantPhone);
      given.put(Setting.TIME_ZONE, zone);
      given.put(Setting.PRICE_PER_PART, pricePerPart);
      given.put(Setting.MONTHLY_CAP_PARTS, monthlyCap);
      given.put(Setting.FOLD_DIACRITICS, foldDiacritics);
      given.put(Setting.MARKETING_WINDOW, marketingWindow);
      given.put(Setting.CLOSED_DAYS, closedDays);
      given.put(Setting.CAP_PER_DAY, capPerDay);
      given.put(Setting.CAP_PER_WEEK, capPerWeek);
      given.put(Setting.MANAGER_PHONE, managerPhone);
      given.values().removeIf(java.util.Objects::isNull);
      if (given.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "Give at least one setting to change, e.g. --restaurant-name \"Pizzeria Roma\".");
      }
      Map<Setting, String> checked = pl.ordernotify.settings.SettingValues.checked(given);
      SettingsService settings = Cli.wiring(spec).settings();
      settings.putAll(checked);
      PrintWriter out = spec.commandLine().getOut();
      out.println("Settings saved.");
      print(out, settings);
      return 0;
    }
  }

  static void print(PrintWriter out, SettingsService settings) {
    SHOWN.forEach(
        (setting, option) -> {
          String value = settings.get(setting);
          out.printf(
              "%-20s %s%n",
              option.substring(2), value == null || value.isEmpty() ? "(not set)" : value);
        });
  }
}
