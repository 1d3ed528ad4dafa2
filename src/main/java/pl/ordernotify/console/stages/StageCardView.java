package pl.ordernotify.console.stages;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.ToggleSwitch;
import pl.ordernotify.stages.StageConditions;

/** One stage's card, bound to its {@link StageRowModel}. */
final class StageCardView {

  private final StageRowModel row;
  private final StagesViewModel vm;
  @FXML private VBox card;
  @FXML private ToggleSwitch enabled;
  @FXML private Label title;
  @FXML private Button save;
  @FXML private ComboBox<String> templatePl;
  @FXML private ComboBox<String> templateEn;
  @FXML private Node orderTiming;
  @FXML private Node thankYouTiming;
  @FXML private TextField delay;
  @FXML private TextField validity;
  @FXML private TextField days;
  @FXML private TextField window;
  @FXML private Node delayBox;
  @FXML private Node graceBox;
  @FXML private TextField grace;
  @FXML private TextField minValue;
  @FXML private TextField maxValue;
  @FXML private CheckBox firstOrderOnly;
  @FXML private ComboBox<String> language;
  @FXML private HBox paymentBox;
  @FXML private Label description;
  @FXML private Label problem;
  @FXML private Node thankYouOffer;
  @FXML private ToggleSwitch carriesOffer;
  @FXML private Label offerSummary;

  StageCardView(StageRowModel row, StagesViewModel vm) {
    this.row = row;
    this.vm = vm;
  }

  @FXML
  private void initialize() {
    String id = row.stage().name().toLowerCase(java.util.Locale.ROOT);
    card.setId("stage-" + id);
    enabled.setId("enabled-" + id);
    title.setText(row.title());
    enabled.selectedProperty().bindBidirectional(row.enabledProperty());
    templatePl.setItems(row.choicesPl());
    templatePl.valueProperty().bindBidirectional(row.templatePlProperty());
    templateEn.setItems(row.choicesEn());
    templateEn.valueProperty().bindBidirectional(row.templateEnProperty());
    delay.textProperty().bindBidirectional(row.delayProperty());
    validity.textProperty().bindBidirectional(row.validityProperty());
    days.textProperty().bindBidirectional(row.daysProperty());
    window.textProperty().bindBidirectional(row.windowProperty());
    show(orderTiming, !row.isThankYou());
    show(delayBox, !row.isLate());
    show(graceBox, row.isLate());
    grace.textProperty().bindBidirectional(row.graceProperty());
    bindConditions(id);
    show(thankYouTiming, row.isThankYou());
    show(thankYouOffer, row.isThankYou());
    if (row.isThankYou()) {
      carriesOffer.setId("offer-" + id);
      carriesOffer.selectedProperty().bindBidirectional(vm.thankYouOffer().carriesOfferProperty());
      offerSummary.textProperty().bind(vm.thankYouOffer().summaryProperty());
    }
    description.textProperty().bind(row.descriptionProperty());
    problem.textProperty().bind(row.problemProperty());
    problem.visibleProperty().bind(row.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    save.disableProperty().bind(row.dirtyProperty().not().or(row.problemProperty().isNotEmpty()));
    save.setId("save-" + id);
    save.setOnAction(e -> vm.save(row));
    for (TextField field :
        new TextField[] {delay, validity, days, window, grace, minValue, maxValue}) {
      field.setOnAction(e -> save.fire());
    }
  }

  private void bindConditions(String id) {
    ConditionsModel c = row.conditions();
    minValue.setId("minValue-" + id);
    maxValue.setId("maxValue-" + id);
    firstOrderOnly.setId("firstOrderOnly-" + id);
    language.setId("language-" + id);
    minValue.textProperty().bindBidirectional(c.minValueProperty());
    maxValue.textProperty().bindBidirectional(c.maxValueProperty());
    firstOrderOnly.selectedProperty().bindBidirectional(c.firstOrderOnlyProperty());
    language.getItems().setAll(ConditionsModel.LANGUAGES);
    language.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String code) {
            return row.texts()
                .get("stages.language." + (code == null || code.isEmpty() ? "any" : code));
          }

          @Override
          public String fromString(String text) {
            return text;
          }
        });
    language.valueProperty().bindBidirectional(c.languageProperty());
    for (String method : StageConditions.PAYMENT_METHODS) {
      CheckBox box = new CheckBox(row.texts().get("stages.cond.method." + method));
      box.setId("payment-" + method.toLowerCase(java.util.Locale.ROOT) + "-" + id);
      box.selectedProperty().bindBidirectional(c.paymentProperty(method));
      paymentBox.getChildren().add(box);
    }
  }

  private static void show(Node node, boolean visible) {
    node.setVisible(visible);
    node.setManaged(visible);
  }
}
