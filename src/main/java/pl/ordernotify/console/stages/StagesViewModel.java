package pl.ordernotify.console.stages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.Ui;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageRule;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.templates.SavedTemplate;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateService;

/** The stages screen: one row per stage; the switch saves at once, the rest with Save. */
public final class StagesViewModel {

  private final StageService stages;
  private final TemplateService templates;
  private final Ui ui;
  private final Map<Stage, StageRowModel> byStage = new EnumMap<>(Stage.class);
  private final ObservableList<StageRowModel> rows = FXCollections.observableArrayList();
  private boolean loading;
  private final ThankYouOfferModel thankYouOffer;

  public StagesViewModel(StageService stages, TemplateService templates, Ui ui) {
    this.stages = stages;
    this.templates = templates;
    this.ui = ui;
    this.thankYouOffer = new ThankYouOfferModel(stages.thankYouOffer(), ui);
    for (Stage s : Stage.values()) {
      StageRowModel row = new StageRowModel(s, ui.texts());
      row.enabledProperty().addListener((o, was, now) -> switched(row));
      byStage.put(s, row);
      rows.add(row);
    }
  }

  /**
   * Before leaving the screen: with unsaved changes, asks whether to stay (the default) or drop
   * them.
   *
   * @return true when the screen may be left
   */
  public boolean mayLeave() {
    List<String> unsaved =
        rows.stream().filter(r -> r.dirtyProperty().get()).map(StageRowModel::title).toList();
    if (unsaved.isEmpty()) {
      return true;
    }
    int answer =
        ui.dialogs()
            .choose(
                ui.texts().get("stages.unsaved.question", String.join(", ", unsaved)),
                ui.texts().get("stages.unsaved.detail"),
                List.of(
                    ui.texts().get("stages.unsaved.stay"), ui.texts().get("stages.unsaved.drop")));
    return answer == 1;
  }

  public ObservableList<StageRowModel> rows() {
    return rows;
  }

  public StageRowModel row(Stage stage) {
    return byStage.get(stage);
  }

  private record Loaded(List<StageRule> rules, List<SavedTemplate> templates) {}

  public void load() {
    load(() -> {});
    thankYouOffer.load();
  }

  /** THANK_YOU's marketing switch. */
  public ThankYouOfferModel thankYouOffer() {
    return thankYouOffer;
  }

  private void load(Runnable then) {
    ui.background()
        .load(
            () -> new Loaded(stages.list(), templates.list()),
            data -> {
              show(data);
              then.run();
            },
            e -> ui.failed("stages.error.load", e));
  }

  private void show(Loaded data) {
    loading = true;
    try {
      for (StageRule rule : data.rules()) {
        byStage
            .get(rule.stage())
            .load(rule, names(data.templates(), "pl"), names(data.templates(), "en"));
      }
    } finally {
      loading = false;
    }
  }

  private static List<String> names(List<SavedTemplate> all, String language) {
    List<String> names = new ArrayList<>();
    for (SavedTemplate t : all) {
      if (t.templateKind() == TemplateKind.ORDER && language.equals(t.language())) {
        names.add(t.name());
      }
    }
    return names;
  }

  private void switched(StageRowModel row) {
    if (loading) {
      return;
    }
    if (!row.problemProperty().get().isEmpty()) {
      loading = true;
      String problem = row.problemProperty().get();
      row.revertEnabled();
      loading = false;
      row.showProblem(problem);
      return;
    }
    save(row);
  }

  /** Saves the row when its values are valid; the service's refusal shows under the row. */
  public void save(StageRowModel row) {
    if (!row.problemProperty().get().isEmpty()) {
      return;
    }
    List<StageChange> changes = row.changes();
    ui.background()
        .execute(
            () -> {
              for (StageChange c : changes) {
                stages.apply(c);
              }
            },
            () -> {
              ui.dialogs().notifyDone(ui.texts().get("stages.saved", row.title()));
              load();
            },
            e ->
                load(
                    () -> {
                      if (e instanceof IllegalArgumentException) {
                        row.showProblem(ui.texts().refusal(e));
                      } else {
                        ui.failed("stages.error.save", e);
                      }
                    }));
  }
}
