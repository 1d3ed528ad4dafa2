package pl.ordernotify.console.stages;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

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
    for (TextField field : new TextField[] {delay, validity, days, window}) {
      field.setOnAction(e -> save.fire());
    }
  }

  private static void show(Node node, boolean visible) {
    node.setVisible(visible);
    node.setManaged(visible);
  }
}
