package pl.ordernotify.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.PinGate;
import pl.ordernotify.console.PinHash;
import pl.ordernotify.console.ShellEvents;
import pl.ordernotify.settings.Setting;

class SettingsViewModelTest {

  @TempDir Path dataDir;
  private final Fixture f = new Fixture();
  private final List<String> reopened = new ArrayList<>();
  private final List<Boolean> gatewaysSaved = new ArrayList<>();
  private final ShellEvents shell =
      new ShellEvents() {
        @Override
        public void switchLanguage(String language) {
          reopened.add(language);
        }

        @Override
        public void gatewaySaved(boolean dryRun) {
          gatewaysSaved.add(dryRun);
        }
      };
  private PinGate gate;
  private SettingsViewModel vm;

  @BeforeEach
  void setUp() {
    gate = new PinGate(f.clock, "");
    vm =
        new SettingsViewModel(
            new SettingsServices(f.settings(), f.gatewayAccount(dataDir), gate, shell), f.ui());
    vm.load();
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void savesTheRestaurantAndExplainsAWrongZone() {
    vm.restaurant().nameProperty().set("Pizzeria Roma");
    vm.restaurant().priceProperty().set("0,18");
    vm.restaurant().capProperty().set("2000");
    vm.saveRestaurant();

    assertThat(f.settings().get(Setting.RESTAURANT_NAME)).isEqualTo("Pizzeria Roma");
    assertThat(f.settings().get(Setting.PRICE_PER_PART)).isEqualTo("0.18");
    assertThat(f.settings().restaurant().monthlyCapParts()).isEqualTo(2000);

    vm.restaurant().zoneProperty().set("Warsaw");
    vm.saveRestaurant();
    assertThat(vm.problemProperty().get())
        .isEqualTo("'Warsaw' is not a time zone; write it like Europe/Warsaw.");
    assertThat(f.settings().get(Setting.TIME_ZONE)).isEqualTo("Europe/Warsaw");
  }

  @Test
  void setsAPinAsASaltedHashAndKeepsTheManagerIn() {
    vm.newPinProperty().set("2468");
    vm.repeatPinProperty().set("2468");
    vm.setPin();

    String stored = f.settings().get(Setting.MANAGER_PIN_HASH);
    assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("2468");
    assertThat(PinHash.matches("2468", stored)).isTrue();
    assertThat(gate.required()).isTrue();
    assertThat(gate.isOpen()).isTrue();
    assertThat(vm.pinStateProperty().get()).startsWith("A PIN is set");
  }

  @Test
  void refusesAShortOrMistypedPin() {
    vm.newPinProperty().set("12");
    vm.repeatPinProperty().set("12");
    vm.setPin();
    assertThat(vm.problemProperty().get()).isEqualTo("The PIN must be 4 to 8 digits.");

    vm.newPinProperty().set("1234");
    vm.repeatPinProperty().set("1243");
    vm.setPin();
    assertThat(vm.problemProperty().get()).startsWith("The two PINs differ");
    assertThat(f.settings().get(Setting.MANAGER_PIN_HASH)).isEmpty();
  }

  @Test
  void neverShowsASavedTokenAgain() {
    vm.gateway().providerProperty().set("smsapi");
    vm.gateway().tokenProperty().set("secret-token-9876");
    vm.saveGateway();

    assertThat(vm.gateway().tokenProperty().get()).isEmpty();
    assertThat(vm.gateway().savedTokenProperty().get()).isEqualTo("••••9876");
    assertThat(f.dialogs.done).contains("Gateway account saved.");
  }

  @Test
  void savingTheAccountTellsTheWindowAtOnceWhetherItIsADryRun() {
    vm.gateway().providerProperty().set("smsapi");
    vm.gateway().tokenProperty().set("secret-token-9876");
    vm.saveGateway();
    vm.gateway().providerProperty().set("dry-run");
    vm.saveGateway();

    assertThat(gatewaysSaved).containsExactly(false, true);
  }

  @Test
  void aRefusedAccountTellsTheWindowNothing() {
    vm.gateway().providerProperty().set("smsapi");
    vm.saveGateway();

    assertThat(gatewaysSaved).isEmpty();
  }

  @Test
  void aRealProviderWithoutATokenIsRefusedInWords() {
    vm.gateway().providerProperty().set("smsapi");
    vm.saveGateway();

    assertThat(vm.problemProperty().get()).contains("needs an API token");
  }

  @Test
  void aTestSmsOnTheDryRunGatewaySaysNothingWasSent() {
    vm.gateway().testPhoneProperty().set("600 100 200");
    vm.sendTest();
    assertThat(vm.gateway().answerProperty().get()).startsWith("Dry run: the test SMS to");

    vm.gateway().testPhoneProperty().set("22 628 11 20");
    vm.sendTest();
    assertThat(vm.gateway().answerProperty().get()).startsWith("That number cannot get an SMS");
  }

  @Test
  void applyingALanguageSavesItAndReopensTheWindow() {
    vm.languageProperty().set("en");
    vm.applyLanguage();

    assertThat(f.settings().get(Setting.UI_LANGUAGE)).isEqualTo("en");
    assertThat(reopened).containsExactly("en");
  }

  @Test
  void polishShowsThePriceWithADecimalCommaAndSavesItBack() {
    RestaurantModel polish = new RestaurantModel();
    polish.show(
        new RestaurantModel.Values("Bella", "+48 22 100 20 30", "Europe/Warsaw", "0.16", "", true),
        "pl");

    assertThat(polish.priceProperty().get()).isEqualTo("0,16");
    assertThat(polish.checked(pl.ordernotify.console.Texts.forLanguage("pl")).price())
        .isEqualTo("0.16");
  }
}
