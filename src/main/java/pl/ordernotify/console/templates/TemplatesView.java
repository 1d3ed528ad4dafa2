package pl.ordernotify.console.templates;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.ScreenView;
import pl.ordernotify.console.Texts;
import pl.ordernotify.templates.SavedTemplate;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.Variable;

/** The templates screen: list, editor with palette, highlighted problems, counter and preview. */
public final class TemplatesView implements ScreenView {

  private final TemplatesViewModel vm;
  private final Texts texts;
  @FXML private ListView<SavedTemplate> list;
  @FXML private TextField name;
  @FXML private ComboBox<TemplateKind> kind;
  @FXML private ComboBox<String> language;
  @FXML private TextArea body;
  @FXML private ListView<TemplateEditorModel.PaletteItem> palette;
  @FXML private TextFlow highlighted;
  @FXML private ListView<TemplateEditorModel.ProblemLine> problems;
  @FXML private Label problemsHint;
  @FXML private HBox campaignWarningBox;
  @FXML private Label campaignWarnings;
  @FXML private Button fixCampaignText;
  @FXML private Label counter;
  @FXML private Label culprits;
  @FXML private CheckBox fold;
  @FXML private Label folding;
  @FXML private ComboBox<TemplatesViewModel.OrderChoice> previewOrder;
  @FXML private Label preview;
  @FXML private Label problem;
  @FXML private Button saveButton;
  @FXML private Button deleteButton;

  private final ConsoleContext ctx;
  private final TemplatesScreenServices services;

  public TemplatesView(ConsoleContext ctx) {
    this.ctx = ctx;
    this.texts = ctx.texts();
    this.services = ctx.services().templates();
    this.vm = new TemplatesViewModel(services.model(), ctx.ui());
  }

  @FXML
  private void initialize() {
    TemplateEditorModel ed = vm.editor();
    list.setItems(vm.templates());
    list.setCellFactory(l -> new TemplateCell(texts));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                vm.selectedProperty().set(now);
              }
            });
    vm.selectedProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
    name.textProperty().bindBidirectional(ed.nameProperty());
    kind.getItems().setAll(TemplateKind.values());
    kind.setConverter(converter(k -> texts.get("templates.kind." + k.name())));
    kind.valueProperty().bindBidirectional(ed.kindProperty());
    language.getItems().setAll("pl", "en");
    language.setConverter(converter(l -> texts.get("language." + l)));
    language.valueProperty().bindBidirectional(ed.languageProperty());
    body.textProperty().bindBidirectional(ed.bodyProperty());
    body.addEventFilter(KeyEvent.KEY_PRESSED, TemplatesView::tabLeavesTheEditor);
    palette.setItems(ed.palette());
    palette.setCellFactory(l -> new PaletteCell(this::insertAtCaret));
    body.setOnDragOver(
        e -> {
          if (e.getDragboard().hasString()
              && e.getDragboard().getString().startsWith(PaletteCell.DRAG_PREFIX)) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
          }
        });
    body.setOnDragDropped(
        e -> {
          String key = e.getDragboard().getString().substring(PaletteCell.DRAG_PREFIX.length());
          int at =
              body.getSkin() instanceof TextAreaSkin skin
                  ? skin.getIndex(e.getX(), e.getY()).getInsertionIndex()
                  : body.getCaretPosition();
          Variable.fromKey(key).ifPresent(v -> body.positionCaret(ed.insert(v, at)));
          e.setDropCompleted(true);
          e.consume();
        });
    ed.spans()
        .addListener(
            (javafx.collections.ListChangeListener<TemplateEditorModel.Span>) c -> showSpans());
    problems.setItems(ed.problems());
    problems.setCellFactory(l -> new ProblemCell());
    problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(ed.problems()));
    problems.managedProperty().bind(problems.visibleProperty());
    problems.setOnMouseClicked(e -> selectProblem());
    problems.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            selectProblem();
            e.consume();
          }
        });
    problems.visibleProperty().addListener((o, was, now) -> markProblems(now));
    highlighted.visibleProperty().bind(problems.visibleProperty());
    problemsHint.visibleProperty().bind(problems.visibleProperty());
    problemsHint.managedProperty().bind(problems.visibleProperty());
    highlighted.managedProperty().bind(problems.visibleProperty());
    counter.textProperty().bind(ed.counterProperty());
    culprits.textProperty().bind(ed.culpritsProperty());
    culprits
        .visibleProperty()
        .bind(culprits.textProperty().isNotEmpty()); // no empty gap under the count
    culprits.managedProperty().bind(culprits.visibleProperty());
    fold.selectedProperty().bindBidirectional(ed.foldProperty());
    folding.textProperty().bind(ed.foldingProperty());
    campaignWarnings.textProperty().bind(ed.campaignWarningsProperty());
    campaignWarningBox.visibleProperty().bind(ed.campaignWarningsProperty().isNotEmpty());
    campaignWarningBox.managedProperty().bind(campaignWarningBox.visibleProperty());
    fixCampaignText.setOnAction(e -> ed.fixCampaignText());
    preview.textProperty().bind(ed.previewProperty());
    previewOrder.setItems(vm.orders());
    previewOrder.valueProperty().bindBidirectional(vm.previewOrderProperty());
    problem.textProperty().bind(vm.problemProperty());
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    deleteButton.disableProperty().bind(vm.selectedProperty().isNull());
  }

  /**
   * An SMS has no use for a tab character, so Tab moves on to the next field as everywhere else;
   * the text area does that for Ctrl+Tab, so the key is passed on as that.
   */
  private static void tabLeavesTheEditor(KeyEvent e) {
    if (e.getCode() != KeyCode.TAB || e.isControlDown()) {
      return;
    }
    e.consume();
    ((Node) e.getSource())
        .fireEvent(
            new KeyEvent(
                KeyEvent.KEY_PRESSED,
                "",
                "",
                KeyCode.TAB,
                e.isShiftDown(),
                true,
                e.isAltDown(),
                e.isMetaDown()));
  }

  private void insertAtCaret(Variable v) {
    body.positionCaret(vm.editor().insert(v, body.getCaretPosition()));
    body.requestFocus();
  }

  /** Selects the chosen problem's text in the editor itself, where it can be fixed. */
  private void selectProblem() {
    TemplateEditorModel.ProblemLine p = problems.getSelectionModel().getSelectedItem();
    if (p == null || p.end() <= p.start()) {
      return;
    }
    body.requestFocus();
    body.selectRange(p.start(), p.end());
  }

  private void markProblems(boolean any) {
    body.getStyleClass().remove("has-problems");
    if (any) {
      body.getStyleClass().add("has-problems");
    }
  }

  private void showSpans() {
    highlighted.getChildren().clear();
    for (TemplateEditorModel.Span s : vm.editor().spans()) {
      Text t = new Text(s.text());
      t.getStyleClass().add(s.bad() ? "span-bad" : "span-ok");
      highlighted.getChildren().add(t);
    }
  }

  /** A problem in words, wrapped to the list's width instead of scrolling sideways. */
  private static final class ProblemCell
      extends javafx.scene.control.ListCell<TemplateEditorModel.ProblemLine> {
    ProblemCell() {
      setWrapText(true);
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(TemplateEditorModel.ProblemLine p, boolean empty) {
      super.updateItem(p, empty);
      setText(empty || p == null ? null : p.words());
    }
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : words.apply(value);
      }

      @Override
      public T fromString(String text) {
        return null;
      }
    };
  }

  @FXML
  private void onNew() {
    list.getSelectionModel().clearSelection();
    vm.newTemplate();
    name.requestFocus();
  }

  @FXML
  private void onSave() {
    vm.save();
  }

  @FXML
  private void onDelete() {
    vm.delete();
  }

  @FXML
  private void onImport() {
    vm.importSamples();
  }

  @Override
  public void activate() {
    vm.load();
    // campaign texts are checked against the account: its sender name, and whether replies are read
    ctx.ui()
        .background()
        .load(
            () -> services.gateway().account(),
            a -> vm.editor().gatewayFacts(a.senderName(), "serwersms".equals(a.provider())),
            e -> {});
  }
}
