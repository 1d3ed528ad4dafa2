package pl.ordernotify.console.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pl.ordernotify.console.PinHash;
import pl.ordernotify.console.Ui;
import pl.ordernotify.gateway.GatewayAccountService.Account;
import pl.ordernotify.settings.Setting;

/** The settings screen: the restaurant, the gateway account, the manager PIN and the language. */
public final class SettingsViewModel {

  private final SettingsServices services;
  private final Ui ui;
  private final GatewayCalls calls;
  private final RestaurantModel restaurant = new RestaurantModel();
  private final GatewayModel gateway = new GatewayModel();
  private final StringProperty newPin = new SimpleStringProperty("");
  private final StringProperty repeatPin = new SimpleStringProperty("");
  private final StringProperty language = new SimpleStringProperty("pl");
  private final ReadOnlyStringWrapper pinState = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final javafx.beans.property.ReadOnlyBooleanWrapper pinSet =
      new javafx.beans.property.ReadOnlyBooleanWrapper();

  public SettingsViewModel(SettingsServices services, Ui ui) {
    this.services = services;
    this.ui = ui;
    this.calls = new GatewayCalls(services.gateway(), services.settings(), ui.texts(), ui.clock());
  }

  private record Loaded(RestaurantModel.Values restaurant, Account account, String language) {}

  public void load() {
    ui.background()
        .load(
            () ->
                new Loaded(
                    RestaurantModel.Values.read(services.settings()),
                    services.gateway().account(),
                    services.settings().get(Setting.UI_LANGUAGE)),
            data -> {
              restaurant.show(data.restaurant(), ui.texts().language());
              gateway.show(data.account());
              language.set(data.language());
              showPinState();
            },
            e -> ui.failed("settings.error.load", e));
  }

  public void saveRestaurant() {
    RestaurantModel.Values v;
    try {
      v = restaurant.checked(ui.texts());
    } catch (IllegalArgumentException e) {
      problem.set(e.getMessage());
      return;
    }
    run(() -> v.write(services.settings()), "settings.restaurant.saved");
  }

  public void saveGateway() {
    var change = gateway.change();
    ui.background()
        .load(
            () -> services.gateway().save(change),
            saved -> {
              gateway.show(saved);
              services.shell().gatewaySaved(saved.dryRun());
              problem.set("");
              ui.dialogs().notifyDone(ui.texts().get("settings.gateway.saved"));
            },
            this::refused);
  }

  public void checkConnection() {
    ask(calls::check);
  }

  public void balance() {
    ask(calls::balance);
  }

  public void sendTest() {
    String phone = gateway.testPhoneProperty().get();
    ask(() -> calls.sendTest(phone));
  }

  private void ask(java.util.concurrent.Callable<GatewayCalls.Answer> call) {
    gateway.answer(ui.texts().get("settings.gateway.asking"), true);
    ui.background()
        .load(
            call,
            a -> gateway.answer(a.text(), a.ok()),
            e -> gateway.answer(ui.texts().get("settings.gateway.callFailed"), false));
  }

  /** Sets or changes the PIN; the manager who set it stays in. */
  public void setPin() {
    String pin = newPin.get();
    if (!PinHash.isAcceptable(pin)) {
      problem.set(ui.texts().get("settings.pin.format"));
      return;
    }
    if (!pin.equals(repeatPin.get())) {
      problem.set(ui.texts().get("settings.pin.mismatch"));
      return;
    }
    storePin(pin, "settings.pin.saved");
  }

  public void removePin() {
    if (ui.dialogs()
        .confirm(
            ui.texts().get("settings.pin.removeQuestion"),
            ui.texts().get("settings.pin.removeDetail"),
            ui.texts().get("settings.pin.remove"))) {
      storePin(null, "settings.pin.removed");
    }
  }

  /** Hashing takes a noticeable moment on purpose, so it runs in the background too. */
  private void storePin(String pin, String doneKey) {
    ui.background()
        .load(
            () -> {
              String hash = pin == null ? "" : PinHash.hash(pin);
              services.settings().put(Setting.MANAGER_PIN_HASH, hash);
              return hash;
            },
            hash -> {
              services.pin().changed(hash);
              newPin.set("");
              repeatPin.set("");
              problem.set("");
              showPinState();
              ui.dialogs().notifyDone(ui.texts().get(doneKey));
            },
            this::refused);
  }

  private void showPinState() {
    pinSet.set(services.pin().required());
    pinState.set(
        ui.texts().get(services.pin().required() ? "settings.pin.isSet" : "settings.pin.notSet"));
  }

  /** Saves the language and reopens the window in it. */
  public void applyLanguage() {
    String lang = language.get();
    ui.background()
        .execute(
            () -> services.settings().put(Setting.UI_LANGUAGE, lang),
            () -> services.shell().switchLanguage(lang),
            this::refused);
  }

  private void run(pl.ordernotify.console.Background.Work work, String doneKey) {
    ui.background()
        .execute(
            work,
            () -> {
              problem.set("");
              ui.dialogs().notifyDone(ui.texts().get(doneKey));
            },
            this::refused);
  }

  private void refused(Throwable e) {
    if (e instanceof IllegalArgumentException) {
      problem.set(ui.texts().refusal(e));
    } else {
      ui.failed("settings.error.save", e);
    }
  }

  public RestaurantModel restaurant() {
    return restaurant;
  }

  public GatewayModel gateway() {
    return gateway;
  }

  public StringProperty newPinProperty() {
    return newPin;
  }

  public StringProperty repeatPinProperty() {
    return repeatPin;
  }

  public StringProperty languageProperty() {
    return language;
  }

  public ReadOnlyStringProperty pinStateProperty() {
    return pinState.getReadOnlyProperty();
  }

  /** True while a PIN is set: only then can it be removed. */
  public javafx.beans.property.ReadOnlyBooleanProperty pinSetProperty() {
    return pinSet.getReadOnlyProperty();
  }

  /** The last thing refused, in words. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
