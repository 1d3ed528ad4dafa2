package pl.ordernotify.console.settings;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.ScreenView;
import pl.ordernotify.console.Texts;

/** The settings screen, bound to {@link SettingsViewModel}. */
public final class SettingsView implements ScreenView {

  private final SettingsViewModel vm;
  private final Texts texts;
  @FXML private TextField name;
  @FXML private TextField phone;
  @FXML private TextField zone;
  @FXML private TextField price;
  @FXML private TextField cap;
  @FXML private CheckBox fold;
  @FXML private ComboBox<String> provider;
  @FXML private PasswordField token;
  @FXML private Label savedToken;
  @FXML private TextField sender;
  @FXML private TextField baseUrl;
  @FXML private CheckBox testMode;
  @FXML private TextField testPhone;
  @FXML private Label answer;
  @FXML private PasswordField newPin;
  @FXML private PasswordField repeatPin;
  @FXML private Label pinState;
  @FXML private ComboBox<String> language;
  @FXML private javafx.scene.control.Button removePin;
  @FXML private javafx.scene.layout.GridPane columns;
  @FXML private javafx.scene.layout.VBox rightColumn;
  @FXML private Label problem;
  @FXML private Label autostartHint;
  @FXML private TextArea autostartCommand;
  @FXML private TextField managerPhone;
  @FXML private TextField lowCredits;
  @FXML private Label alertAnswer;
  private final AlertsViewModel alerts;

  public SettingsView(ConsoleContext ctx) {
    this.texts = ctx.texts();
    SettingsScreenServices s = ctx.services().settingsScreen();
    this.vm = new SettingsViewModel(s.with(ctx.pin(), ctx.shell()), ctx.ui());
    this.alerts = new AlertsViewModel(s.settings(), s.alerts(), ctx.ui());
  }

  @FXML
  private void initialize() {
    RestaurantModel r = vm.restaurant();
    name.textProperty().bindBidirectional(r.nameProperty());
    phone.textProperty().bindBidirectional(r.phoneProperty());
    zone.textProperty().bindBidirectional(r.zoneProperty());
    price.textProperty().bindBidirectional(r.priceProperty());
    cap.textProperty().bindBidirectional(r.capProperty());
    fold.selectedProperty().bindBidirectional(r.foldProperty());
    GatewayModel g = vm.gateway();
    provider.getItems().setAll("dry-run", "smsapi", "serwersms");
    provider.setConverter(words("settings.provider."));
    provider.valueProperty().bindBidirectional(g.providerProperty());
    token.textProperty().bindBidirectional(g.tokenProperty());
    savedToken
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(g.savedTokenProperty().isEmpty())
                .then(texts.get("settings.gateway.noToken"))
                .otherwise(
                    javafx.beans.binding.Bindings.concat(
                        texts.get("settings.gateway.savedToken"), " ", g.savedTokenProperty())));
    sender.textProperty().bindBidirectional(g.senderProperty());
    baseUrl.textProperty().bindBidirectional(g.baseUrlProperty());
    testMode.selectedProperty().bindBidirectional(g.testModeProperty());
    testPhone.textProperty().bindBidirectional(g.testPhoneProperty());
    answer.textProperty().bind(g.answerProperty());
    g.answerStyleProperty()
        .addListener((o, was, now) -> answer.getStyleClass().setAll("label", now));
    newPin.textProperty().bindBidirectional(vm.newPinProperty());
    repeatPin.textProperty().bindBidirectional(vm.repeatPinProperty());
    pinState.textProperty().bind(vm.pinStateProperty());
    language.getItems().setAll("pl", "en");
    language.setConverter(words("language.own."));
    removePin.disableProperty().bind(vm.pinSetProperty().not());
    reflow(false);
    columns.widthProperty().addListener((o, was, now) -> reflow(now.doubleValue() < NARROW));
    language.valueProperty().bindBidirectional(vm.languageProperty());
    onEnter(vm::saveRestaurant, name, phone, zone, price, cap);
    onEnter(vm::saveGateway, token, sender, baseUrl);
    onEnter(vm::setPin, newPin, repeatPin);
    managerPhone.textProperty().bindBidirectional(alerts.phoneProperty());
    lowCredits.textProperty().bindBidirectional(alerts.lowCreditsProperty());
    alertAnswer.textProperty().bind(alerts.answerProperty());
    onEnter(alerts::save, managerPhone, lowCredits);
    problem.textProperty().bind(vm.problemProperty());
    problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    String os = System.getProperty("os.name");
    autostartHint.setText(texts.get(SenderAutostart.hintKey(os)));
    SenderAutostart.command(os)
        .ifPresentOrElse(autostartCommand::setText, () -> autostartCommand.setManaged(false));
    autostartCommand.setVisible(autostartCommand.isManaged());
  }

  /** Enter in any of the form's fields does what the form's button does. */
  private static void onEnter(Runnable action, TextField... fields) {
    for (TextField f : fields) {
      f.setOnAction(e -> action.run());
    }
  }

  private StringConverter<String> words(String prefix) {
    return new StringConverter<>() {
      @Override
      public String toString(String value) {
        return value == null ? "" : texts.get(prefix + value);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    };
  }

  @FXML
  private void onSaveRestaurant() {
    vm.saveRestaurant();
  }

  @FXML
  private void onSaveGateway() {
    vm.saveGateway();
  }

  @FXML
  private void onCheck() {
    vm.checkConnection();
  }

  @FXML
  private void onBalance() {
    vm.balance();
  }

  @FXML
  private void onSendTest() {
    vm.sendTest();
  }

  @FXML
  private void onSetPin() {
    vm.setPin();
  }

  @FXML
  private void onRemovePin() {
    vm.removePin();
  }

  @FXML
  private void onApplyLanguage() {
    vm.applyLanguage();
  }

  @FXML
  private void onSaveAlerts() {
    alerts.save();
  }

  @FXML
  private void onTestAlert() {
    alerts.test();
  }

  @Override
  public void activate() {
    vm.load();
    alerts.load();
  }

  /** Below this width the two columns of cards go one under the other (a 1024×768 till). */
  private static final double NARROW = 900;

  private void reflow(boolean narrow) {
    javafx.scene.layout.ColumnConstraints left = new javafx.scene.layout.ColumnConstraints();
    javafx.scene.layout.ColumnConstraints right = new javafx.scene.layout.ColumnConstraints();
    left.setPercentWidth(narrow ? 100 : 50);
    right.setPercentWidth(narrow ? 0 : 50);
    columns.getColumnConstraints().setAll(left, right);
    javafx.scene.layout.GridPane.setConstraints(rightColumn, narrow ? 0 : 1, narrow ? 1 : 0);
  }
}
