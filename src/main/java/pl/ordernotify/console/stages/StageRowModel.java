package pl.ordernotify.console.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.Texts;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageRule;

/** One stage as the manager edits it: the switch, the templates, the timing, and what it means. */
public final class StageRowModel {

  private final Stage stage;
  private final Texts texts;
  private final BooleanProperty enabled = new SimpleBooleanProperty();
  private final StringProperty templatePl = new SimpleStringProperty();
  private final StringProperty templateEn = new SimpleStringProperty();
  private final ObservableList<String> choicesPl = FXCollections.observableArrayList();
  private final ObservableList<String> choicesEn = FXCollections.observableArrayList();
  private final StringProperty delay = new SimpleStringProperty();
  private final StringProperty validity = new SimpleStringProperty();
  private final StringProperty days = new SimpleStringProperty();
  private final StringProperty window = new SimpleStringProperty();
  private final StringProperty grace = new SimpleStringProperty();
  private final ConditionsModel conditions = new ConditionsModel();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
  private StageRule saved;

  StageRowModel(Stage stage, Texts texts) {
    this.stage = stage;
    this.texts = texts;
    for (var p : List.of(enabled, templatePl, templateEn, delay, validity, days, window, grace)) {
      p.addListener((o, was, now) -> recheck());
    }
    for (var p : conditions.observables()) {
      p.addListener(o -> recheck());
    }
  }

  void load(StageRule rule, List<String> pl, List<String> en) {
    saved = rule;
    choicesPl.setAll(pl);
    choicesEn.setAll(en);
    templatePl.set(rule.templates().get("pl"));
    templateEn.set(rule.templates().get("en"));
    delay.set(Integer.toString(rule.delayMinutes()));
    validity.set(Integer.toString(rule.validityMinutes()));
    days.set(rule.daysAfter() == null ? "" : rule.daysAfter().toString());
    window.set(rule.windowStart() == null ? "" : rule.windowStart() + "-" + rule.windowEnd());
    grace.set(Integer.toString(rule.graceMinutes()));
    conditions.load(rule.conditions());
    enabled.set(rule.enabled());
    recheck();
  }

  StageForm form() {
    boolean hasTemplate = templatePl.get() != null || templateEn.get() != null;
    return new StageForm(
        stage,
        enabled.get(),
        hasTemplate,
        delay.get(),
        validity.get(),
        days.get(),
        window.get(),
        grace.get());
  }

  private void recheck() {
    StageForm f = form();
    String p = f.problem(texts);
    if (p.isEmpty()) {
      p = conditions.problem(texts);
    }
    problem.set(p);
    description.set(p.isEmpty() ? f.describe(texts) + conditions.describe(texts) : "");
    dirty.set(saved != null && !sameAsSaved());
  }

  private boolean sameAsSaved() {
    return saved.enabled() == enabled.get()
        && Objects.equals(saved.templates().get("pl"), templatePl.get())
        && Objects.equals(saved.templates().get("en"), templateEn.get())
        && Integer.toString(saved.delayMinutes()).equals(delay.get())
        && (stage != Stage.LATE || Integer.toString(saved.graceMinutes()).equals(grace.get()))
        && conditions.sameAs(saved.conditions())
        && Integer.toString(saved.validityMinutes()).equals(validity.get())
        && (stage != Stage.THANK_YOU
            || (Objects.equals(String.valueOf(saved.daysAfter()), days.get())
                && (saved.windowStart() + "-" + saved.windowEnd()).equals(window.get())));
  }

  /** The changes that bring the stored stage to what is shown: templates first, then the rest. */
  List<StageChange> changes() {
    List<StageChange> list = new ArrayList<>();
    for (String name : new String[] {templatePl.get(), templateEn.get()}) {
      if (name != null && !saved.templates().containsValue(name)) {
        list.add(StageChange.of(stage).withTemplate(name));
      }
    }
    StageForm f = form();
    StageChange rest =
        StageChange.of(stage)
            .withEnabled(enabled.get())
            .withValidity(f.validityMinutes())
            .withConditions(conditions.conditions());
    if (stage == Stage.LATE) {
      rest = rest.withGrace(f.graceMinutes());
    } else {
      rest = rest.withDelay(f.delayMinutes());
    }
    list.add(
        stage == Stage.THANK_YOU ? rest.withDays(f.daysAfter()).withWindow(f.windowText()) : rest);
    return list;
  }

  /** Puts the switch back where it was stored, after a refused change. */
  void revertEnabled() {
    enabled.set(saved.enabled());
  }

  void showProblem(String text) {
    problem.set(text);
  }

  public Stage stage() {
    return stage;
  }

  Texts texts() {
    return texts;
  }

  public String title() {
    return texts.get("stage." + stage.name());
  }

  public BooleanProperty enabledProperty() {
    return enabled;
  }

  public StringProperty templatePlProperty() {
    return templatePl;
  }

  public StringProperty templateEnProperty() {
    return templateEn;
  }

  public ObservableList<String> choicesPl() {
    return choicesPl;
  }

  public ObservableList<String> choicesEn() {
    return choicesEn;
  }

  public StringProperty delayProperty() {
    return delay;
  }

  public StringProperty validityProperty() {
    return validity;
  }

  public StringProperty daysProperty() {
    return days;
  }

  public StringProperty windowProperty() {
    return window;
  }

  public StringProperty graceProperty() {
    return grace;
  }

  public ConditionsModel conditions() {
    return conditions;
  }

  public boolean isLate() {
    return stage == Stage.LATE;
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty descriptionProperty() {
    return description.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public boolean isThankYou() {
    return stage == Stage.THANK_YOU;
  }
}
