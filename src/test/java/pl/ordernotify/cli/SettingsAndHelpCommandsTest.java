package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.testsupport.CliRun;

/**
 * Issue 12: settings from the command line, stages that would only skip refused, --help everywhere.
 */
class SettingsAndHelpCommandsTest {

  @TempDir Path dataDir;

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(all);
  }

  @Test
  void settingsShowListsEveryDesignSettingWithItsDefault() {
    // given a fresh data folder
    // when the settings are shown
    CliRun show = run("settings", "show");

    // then each setting is listed, the empty ones as not set
    assertThat(show.status()).isZero();
    assertThat(show.outLines())
        .anySatisfy(l -> assertThat(l).matches("restaurant-name\\s+\\(not set\\)"))
        .anySatisfy(l -> assertThat(l).matches("zone\\s+Europe/Warsaw"))
        .anySatisfy(l -> assertThat(l).matches("marketing-window\\s+10:00-20:00"))
        .anySatisfy(l -> assertThat(l).matches("cap-per-week\\s+3"));
  }

  @Test
  void settingsSetSavesEveryFlagTidied() {
    // given a fresh data folder
    // when every setting is given
    CliRun set =
        run(
            "settings",
            "set",
            "--restaurant-name",
            "Pizzeria Roma",
            "--restaurant-phone",
            "22 100 20 30",
            "--zone",
            "Europe/Warsaw",
            "--price-per-part",
            "0,17",
            "--monthly-cap",
            "5000",
            "--fold-diacritics",
            "false",
            "--marketing-window",
            "9:00-21:00",
            "--closed-days",
            "2026-12-24,sunday",
            "--cap-per-day",
            "2",
            "--cap-per-week",
            "4",
            "--manager-phone",
            "600 100 200");
    CliRun show = run("settings", "show");

    // then all are saved, tidied
    assertThat(set.status()).isZero();
    assertThat(set.out()).startsWith("Settings saved.");
    assertThat(show.outLines())
        .anySatisfy(l -> assertThat(l).matches("restaurant-name\\s+Pizzeria Roma"))
        .anySatisfy(l -> assertThat(l).matches("restaurant-phone\\s+22 100 20 30"))
        .anySatisfy(l -> assertThat(l).matches("price-per-part\\s+0.17"))
        .anySatisfy(l -> assertThat(l).matches("monthly-cap\\s+5000"))
        .anySatisfy(l -> assertThat(l).matches("fold-diacritics\\s+false"))
        .anySatisfy(l -> assertThat(l).matches("marketing-window\\s+09:00-21:00"))
        .anySatisfy(l -> assertThat(l).matches("closed-days\\s+2026-12-24,SUNDAY"))
        .anySatisfy(l -> assertThat(l).matches("cap-per-day\\s+2"))
        .anySatisfy(l -> assertThat(l).matches("cap-per-week\\s+4"))
        .anySatisfy(l -> assertThat(l).matches("manager-phone\\s+\\+48600100200"));
  }

  @Test
  void oneBadValueSavesNothingAndSaysWhichSetting() {
    // given a fresh data folder
    // when a good name comes with a bad window
    CliRun set =
        run("settings", "set", "--restaurant-name", "Roma", "--marketing-window", "20:00-10:00");
    CliRun show = run("settings", "show");

    // then it fails with one sentence and the name is not saved either
    assertThat(set.status()).isEqualTo(1);
    assertThat(set.errLines())
        .singleElement()
        .asString()
        .contains("marketing.window")
        .contains("20:00-10:00");
    assertThat(show.outLines())
        .anySatisfy(l -> assertThat(l).matches("restaurant-name\\s+\\(not set\\)"));
  }

  @Test
  void settingsSetWithNothingToSetIsBadUsage() {
    // given a fresh data folder
    // when nothing is given
    CliRun set = run("settings", "set");

    // then it is bad usage
    assertThat(set.status()).isEqualTo(2);
    assertThat(set.err()).contains("Usage: ordernotify settings set");
  }

  @Test
  void enablingAStageWhoseTemplateNeedsTheRestaurantNameIsRefusedUntilItIsSet() {
    // given the samples imported and no restaurant name
    run("templates", "import", "sample-templates/przyjete-pl.sms.txt");

    // when ACCEPTED is enabled, then the name is set and it is enabled again
    CliRun refused = run("stages", "set", "ACCEPTED", "--enable");
    CliRun named =
        run(
            "settings",
            "set",
            "--restaurant-name",
            "Pizzeria Roma",
            "--restaurant-phone",
            "22 100 20 30");
    CliRun enabled = run("stages", "set", "ACCEPTED", "--enable");

    // then the first is refused naming the setting, the second works
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.errLines())
        .singleElement()
        .asString()
        .contains("restaurant.name")
        .contains("--restaurant-name");
    assertThat(named.status()).isZero();
    assertThat(enabled.status()).isZero();
    assertThat(enabled.outLines())
        .filteredOn(l -> l.startsWith("ACCEPTED "))
        .singleElement()
        .satisfies(l -> assertThat(l.split("\\s+")[1]).isEqualTo("yes"));
  }

  @Test
  void templatesPreviewWarnsWhenASettingTheTemplateNeedsIsEmpty() {
    // given the samples imported, the restaurant named but without a phone
    run("templates", "import", "sample-templates/przyjete-pl.sms.txt");
    run("settings", "set", "--restaurant-name", "Pizzeria Roma");

    // when a template using both is previewed
    CliRun preview = run("templates", "preview", "przyjete-pl");

    // then it names the phone setting, whether or not the text could be shown
    assertThat(preview.err()).contains("restaurant.phone").contains("--restaurant-phone");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "templates",
        "templates list",
        "templates import",
        "templates preview",
        "stages set",
        "gateway set",
        "settings set",
        "messages list",
        "sender",
        "send-test",
        "demo",
        "console"
      })
  void helpWorksOnEveryCommandAndSubCommand(String command) {
    // given a command line
    List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
    args.add("--help");

    // when it asks for help
    CliRun help = CliRun.run(args.toArray(String[]::new));

    // then the command's usage is printed and nothing fails
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: ordernotify " + command);
    assertThat(help.err()).isEmpty();
  }
}
