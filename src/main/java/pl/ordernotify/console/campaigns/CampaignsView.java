package pl.ordernotify.console.campaigns;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.ProgressBarTableCell;
import javafx.scene.layout.VBox;
import pl.ordernotify.campaigns.Campaign;
import pl.ordernotify.campaigns.CampaignResults;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.ScreenView;
import pl.ordernotify.console.Texts;
import pl.ordernotify.console.templates.PaletteCell;
import pl.ordernotify.console.templates.TemplateEditorModel;

/**
 * The campaigns screen (DESIGN §9), bound to {@link CampaignsViewModel} and {@link
 * CampaignWizardModel}.
 */
public final class CampaignsView implements ScreenView {

  private final CampaignsViewModel vm;
  private final CampaignWizardModel wizard;
  private final Texts texts;
  @FXML private TableView<CampaignRow> table;
  @FXML private TableColumn<CampaignRow, String> nameColumn;
  @FXML private TableColumn<CampaignRow, String> statusColumn;
  @FXML private TableColumn<CampaignRow, Double> progressColumn;
  @FXML private TableColumn<CampaignRow, String> sentColumn;
  @FXML private TableColumn<CampaignRow, String> ordersColumn;
  @FXML private Button startButton;
  @FXML private Button pauseButton;
  @FXML private Button resumeButton;
  @FXML private Button cancelButton;
  @FXML private SplitPane split;
  @FXML private ScrollPane detailPane;
  @FXML private ScrollPane wizardPane;
  @FXML private Label detailTitle;
  @FXML private Label detailNote;
  @FXML private Label results;
  @FXML private BarChart<String, Number> chart;
  @FXML private TextField window;
  @FXML private TextField closedDays;
  @FXML private TextField capPerDay;
  @FXML private TextField capPerWeek;
  @FXML private Label marketingProblem;
  @FXML private Label stepTitle;
  @FXML private VBox stepAudience;
  @FXML private VBox stepMessage;
  @FXML private VBox stepCode;
  @FXML private VBox stepTime;
  @FXML private VBox stepConfirm;
  @FXML private CheckBox regulars;
  @FXML private TextField minOrders;
  @FXML private CheckBox lapsed;
  @FXML private TextField minSpend;
  @FXML private TextField days;
  @FXML private ComboBox<String> language;
  @FXML private Label audienceCount;
  @FXML private TextField promotion;
  @FXML private ComboBox<String> templatePl;
  @FXML private ComboBox<String> templateEn;
  @FXML private TextArea messagePl;
  @FXML private ListView<TemplateEditorModel.PaletteItem> palette;
  @FXML private Label sample;
  @FXML private Label counter;
  @FXML private RadioButton codeUnique;
  @FXML private RadioButton codeShared;
  @FXML private RadioButton codeNone;
  @FXML private TextField prefix;
  @FXML private TextField code;
  @FXML private TextField validDays;
  @FXML private RadioButton startNow;
  @FXML private RadioButton startLater;
  @FXML private DatePicker atDate;
  @FXML private TextField atTime;
  @FXML private TextField campaignName;
  @FXML private Label summary;
  @FXML private Label problem;
  @FXML private Button wizardBack;
  @FXML private Button wizardNext;
  @FXML private Button wizardFinish;
  @FXML private Button wizardDraft;
  @FXML private VBox testBox;
  @FXML private TextField testPhone;
  @FXML private Button testButton;
  @FXML private Label testResult;

  public CampaignsView(ConsoleContext ctx) {
    var w = ctx.services().campaigns();
    this.texts = ctx.texts();
    this.vm = new CampaignsViewModel(w.campaigns(), w.settings(), ctx.ui());
    this.wizard = new CampaignWizardModel(w.campaigns(), w.templates(), w.settings(), ctx.ui());
  }

  @FXML
  private void initialize() {
    bindList();
    bindMarketing();
    bindWizard();
    wizard.onFinished(
        name -> {
          showWizard(false);
          vm.refresh(name);
        });
    testPhone.textProperty().bindBidirectional(vm.testPhoneProperty());
    testResult.textProperty().bind(vm.testResultProperty());
    testButton.disableProperty().bind(vm.testingProperty());
  }

  private void bindList() {
    table.setItems(vm.rows());
    nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().statusText()));
    progressColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().progress()));
    progressColumn.setCellFactory(ProgressBarTableCell.forTableColumn());
    sentColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().results().sent())));
    ordersColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().results().orders())));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                vm.selectedProperty().set(now);
              }
            });
    vm.selectedProperty().addListener((o, was, now) -> showDetail(now));
    showDetail(null);
  }

  private void showDetail(CampaignRow row) {
    startButton.setDisable(!vm.allows("start"));
    pauseButton.setDisable(!vm.allows("pause"));
    resumeButton.setDisable(!vm.allows("resume"));
    cancelButton.setDisable(!vm.allows("cancel"));
    if (row == null) {
      table.getSelectionModel().clearSelection();
      detailTitle.setText(texts.get("campaigns.detail.none"));
      detailNote.setText("");
      results.setText("");
      chart.getData().clear();
      chart.setVisible(false);
      chart.setManaged(false);
      testBox.setVisible(false);
      testBox.setManaged(false);
      return;
    }
    if (table.getSelectionModel().getSelectedItem() != row) {
      table.getSelectionModel().select(row);
    }
    CampaignResults r = row.results();
    Campaign c = r.campaign();
    pl.ordernotify.console.MessageWords money = new pl.ordernotify.console.MessageWords(texts);
    detailTitle.setText(texts.get("campaigns.detail.title", c.name(), row.statusText()));
    detailNote.setText(row.note() == null ? "" : row.note());
    String skipped =
        String.join(
            ", ",
            r.skipped().entrySet().stream()
                .map(
                    e ->
                        (texts.has("campaigns.skip." + e.getKey())
                                ? texts.get("campaigns.skip." + e.getKey())
                                : e.getKey())
                            + ": "
                            + e.getValue())
                .toList());
    results.setText(
        String.join(
            "\n",
            texts.get(
                "campaigns.detail.sent", r.recipients(), r.waiting(), r.sent(), r.delivered()),
            texts.get(
                "campaigns.detail.failed",
                r.undelivered(),
                r.failed(),
                r.skippedTotal(),
                skipped.isEmpty() ? "-" : skipped),
            texts.get(
                "campaigns.detail.money",
                money.money(r.cost()),
                r.orders(),
                money.money(r.revenue().setScale(2, java.math.RoundingMode.HALF_UP)),
                String.format(texts.locale(), "%.1f%%", r.redemptionRate() * 100)),
            texts.get("campaigns.detail.optOuts", r.optOuts())));
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    series
        .getData()
        .addAll(
            List.of(
                new XYChart.Data<>(texts.get("campaigns.chart.sent"), r.sent()),
                new XYChart.Data<>(texts.get("campaigns.chart.delivered"), r.delivered()),
                new XYChart.Data<>(
                    texts.get("campaigns.chart.failed"), r.failed() + r.undelivered()),
                new XYChart.Data<>(texts.get("campaigns.chart.skipped"), r.skippedTotal()),
                new XYChart.Data<>(texts.get("campaigns.chart.orders"), r.orders())));
    chart.getData().setAll(List.of(series));
    chart.setVisible(r.recipients() > 0);
    chart.setManaged(r.recipients() > 0);
    if ("DRAFT".equals(c.status())) {
      results.setText(texts.get("campaigns.detail.draft"));
    }
    testBox.setVisible(vm.allows("test"));
    testBox.setManaged(testBox.isVisible());
  }

  private void bindMarketing() {
    window.textProperty().bindBidirectional(vm.windowProperty());
    closedDays.textProperty().bindBidirectional(vm.closedDaysProperty());
    capPerDay.textProperty().bindBidirectional(vm.capPerDayProperty());
    capPerWeek.textProperty().bindBidirectional(vm.capPerWeekProperty());
    marketingProblem.textProperty().bind(vm.marketingProblemProperty());
  }

  private void bindWizard() {
    regulars.selectedProperty().bindBidirectional(wizard.regularsProperty());
    minOrders.textProperty().bindBidirectional(wizard.minOrdersProperty());
    minOrders.disableProperty().bind(regulars.selectedProperty().not());
    lapsed.selectedProperty().bindBidirectional(wizard.lapsedProperty());
    minSpend.textProperty().bindBidirectional(wizard.minSpendProperty());
    days.textProperty().bindBidirectional(wizard.daysProperty());
    language.getItems().setAll(CampaignWizardModel.NONE, "pl", "en");
    language.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(String code) {
            return code == null || code.isEmpty()
                ? texts.get("campaigns.wizard.anyLanguage")
                : texts.get("language." + code);
          }

          @Override
          public String fromString(String text) {
            return text;
          }
        });
    language.valueProperty().bindBidirectional(wizard.languageProperty());
    audienceCount
        .textProperty()
        .bind(wizard.audienceCountProperty().asString(texts.get("campaigns.wizard.count")));
    promotion.textProperty().bindBidirectional(wizard.promotionProperty());
    campaignName.promptTextProperty().bind(promotion.textProperty());
    templatePl.setItems(wizard.templatesPl());
    templatePl.valueProperty().bindBidirectional(wizard.templatePlProperty());
    templateEn.setItems(wizard.templatesEn());
    templateEn.valueProperty().bindBidirectional(wizard.templateEnProperty());
    promotion.focusedProperty().addListener((o, was, now) -> wizard.refreshPreview());
    templatePl.valueProperty().addListener((o, was, now) -> wizard.refreshPreview());
    templateEn.valueProperty().addListener((o, was, now) -> wizard.refreshPreview());
    messagePl.textProperty().bindBidirectional(wizard.messagePlProperty());
    palette.setItems(wizard.palette());
    palette.setCellFactory(
        l ->
            new PaletteCell(
                v -> {
                  messagePl.positionCaret(wizard.insert(v, messagePl.getCaretPosition()));
                  messagePl.requestFocus();
                }));
    sample.textProperty().bind(wizard.sampleProperty());
    counter.textProperty().bind(wizard.counterProperty());
    ToggleGroup codes = new ToggleGroup();
    List.of(codeUnique, codeShared, codeNone).forEach(b -> b.setToggleGroup(codes));
    codeUnique.setUserData(Campaign.UNIQUE);
    codeShared.setUserData(Campaign.SHARED);
    codeNone.setUserData(Campaign.NONE);
    codes
        .selectedToggleProperty()
        .addListener((o, was, now) -> wizard.codeModeProperty().set((String) now.getUserData()));
    codes.selectToggle(codeUnique);
    prefix.textProperty().bindBidirectional(wizard.prefixProperty());
    prefix.disableProperty().bind(codeUnique.selectedProperty().not());
    code.textProperty().bindBidirectional(wizard.codeProperty());
    code.disableProperty().bind(codeShared.selectedProperty().not());
    validDays.textProperty().bindBidirectional(wizard.validDaysProperty());
    ToggleGroup when = new ToggleGroup();
    startNow.setToggleGroup(when);
    startLater.setToggleGroup(when);
    when.selectToggle(startNow);
    wizard.startNowProperty().bind(startNow.selectedProperty());
    atDate.valueProperty().bindBidirectional(wizard.atDateProperty());
    atTime.textProperty().bindBidirectional(wizard.atTimeProperty());
    atDate.disableProperty().bind(startNow.selectedProperty());
    atTime.disableProperty().bind(startNow.selectedProperty());
    campaignName.textProperty().bindBidirectional(wizard.nameProperty());
    summary.textProperty().bind(wizard.summaryProperty());
    problem.textProperty().bind(wizard.problemProperty());
    List<VBox> steps = List.of(stepAudience, stepMessage, stepCode, stepTime, stepConfirm);
    for (int i = 0; i < steps.size(); i++) {
      int index = i;
      steps.get(i).visibleProperty().bind(wizard.stepProperty().isEqualTo(index));
      steps.get(i).managedProperty().bind(steps.get(i).visibleProperty());
    }
    wizard.stepProperty().addListener((o, was, now) -> showStep(now.intValue()));
    showStep(0);
  }

  private void showStep(int step) {
    stepTitle.setText(
        texts.get("campaigns.wizard.step" + step, step + 1, CampaignWizardModel.STEPS));
    wizardBack.setDisable(step == 0);
    wizardNext.setVisible(step < CampaignWizardModel.STEPS - 1);
    wizardNext.setManaged(wizardNext.isVisible());
    wizardFinish.setVisible(step == CampaignWizardModel.STEPS - 1);
    wizardFinish.setManaged(wizardFinish.isVisible());
    wizardDraft.setVisible(wizardFinish.isVisible());
    wizardDraft.setManaged(wizardFinish.isVisible());
  }

  /** The guided flow takes the screen's whole width (the list comes back when it closes). */
  private void showWizard(boolean show) {
    wizardPane.setVisible(show);
    detailPane.setVisible(!show);
    if (show) {
      split.getItems().remove(table);
    } else if (!split.getItems().contains(table)) {
      split.getItems().add(0, table);
      split.setDividerPositions(0.56);
    }
  }

  @FXML
  private void newCampaign() {
    wizard.begin();
    showWizard(true);
  }

  @FXML
  private void closeWizard() {
    showWizard(false);
  }

  @FXML
  private void next() {
    wizard.next();
  }

  @FXML
  private void back() {
    wizard.back();
  }

  @FXML
  private void saveDraft() {
    wizard.saveDraft();
  }

  @FXML
  private void sendTest() {
    vm.sendTest();
  }

  @FXML
  private void finish() {
    wizard.finish();
  }

  @FXML
  private void start() {
    vm.start();
  }

  @FXML
  private void pause() {
    vm.pause();
  }

  @FXML
  private void resume() {
    vm.resume();
  }

  @FXML
  private void cancel() {
    vm.cancel();
  }

  @FXML
  private void saveMarketing() {
    vm.saveMarketing();
  }

  @Override
  public void activate() {
    vm.refresh();
    vm.loadMarketing();
  }

  @Override
  public void tick() {
    if (!wizardPane.isVisible()) {
      vm.refresh();
    }
  }
}
