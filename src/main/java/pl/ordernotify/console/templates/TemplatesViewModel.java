package pl.ordernotify.console.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.Ui;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.store.Refusal;
import pl.ordernotify.templates.OrderValues;
import pl.ordernotify.templates.SampleTemplates;
import pl.ordernotify.templates.SavedTemplate;
import pl.ordernotify.templates.TemplateDraft;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.templates.TemplateService.ConflictChoice;

/** The templates screen: the list, the editor, saving, deleting and importing the samples. */
public final class TemplatesViewModel {

  /** A real order to preview on. */
  public record OrderChoice(long id, String label) {
    boolean isSample() {
      return id < 0;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final TemplatesServices services;
  private final Ui ui;
  private final TemplateEditorModel editor;
  private final ObservableList<SavedTemplate> templates = FXCollections.observableArrayList();
  private final ObservableList<OrderChoice> orders = FXCollections.observableArrayList();
  private final ObjectProperty<SavedTemplate> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<OrderChoice> previewOrder = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private Restaurant restaurant;

  public TemplatesViewModel(TemplatesServices services, Ui ui) {
    this.services = services;
    this.ui = ui;
    this.editor = new TemplateEditorModel(services.templates(), ui.texts());
    selected.addListener((o, was, now) -> edit(now));
    previewOrder.addListener((o, was, now) -> loadOrder(now));
  }

  private record Loaded(
      Restaurant restaurant, List<SavedTemplate> templates, List<DeliveryOrder> orders) {}

  /** Reads the templates, today's orders and the restaurant's facts. */
  public void load() {
    ui.background()
        .load(
            () -> {
              Restaurant r = services.settings().restaurant();
              return new Loaded(r, services.templates().list(), services.orders().today(r.zone()));
            },
            data -> {
              restaurant = data.restaurant();
              editor.prepare(
                  OrderValues.sample(restaurant, editor.languageProperty().get(), ui.clock()),
                  new SmsMeter(
                      restaurant.pricePerPart(), restaurant.locale(), restaurant.currency()));
              Long keep = selected.get() == null ? null : selected.get().id();
              templates.setAll(data.templates());
              templates.stream()
                  .filter(t -> t.id().equals(keep))
                  .findFirst()
                  .ifPresent(selected::set);
              OrderChoice sample = new OrderChoice(-1, ui.texts().get("templates.sampleOrder"));
              orders.setAll(sample);
              data.orders().forEach(o -> orders.add(new OrderChoice(o.id(), o.orderNo())));
              if (previewOrder.get() == null) {
                previewOrder.set(sample);
              }
              if (selected.get() == null
                  && !templates.isEmpty()
                  && editor.bodyProperty().get().isEmpty()) {
                selected.set(templates.get(0));
              }
              if (editor.foldProperty().get() != restaurant.foldDiacritics()) {
                editor.foldProperty().set(restaurant.foldDiacritics());
              }
            },
            e -> ui.failed("templates.error.load", e));
  }

  private void edit(SavedTemplate t) {
    problem.set("");
    if (t == null) {
      return;
    }
    editor.nameProperty().set(t.name());
    editor.kindProperty().set(t.templateKind());
    editor.languageProperty().set(t.language());
    editor.bodyProperty().set(t.body());
  }

  /** Starts a new, empty template. */
  public void newTemplate() {
    selected.set(null);
    problem.set("");
    editor.nameProperty().set("");
    editor.kindProperty().set(TemplateKind.ORDER);
    editor.languageProperty().set(ui.texts().language());
    editor.bodyProperty().set("");
  }

  private void loadOrder(OrderChoice choice) {
    if (choice == null || choice.isSample()) {
      editor.previewOn(null);
      return;
    }
    ui.background()
        .load(
            () -> {
              DeliveryOrder o = services.orders().byId(choice.id());
              var customer =
                  o.customerId() == null ? null : services.customers().byId(o.customerId());
              return OrderValues.of(o, customer, restaurant, editor.languageProperty().get());
            },
            editor::previewOn,
            e -> ui.failed("templates.error.order", e));
  }

  /** Saves the editor's template; a refusal is shown under the editor. */
  public void save() {
    TemplateDraft draft =
        new TemplateDraft(
            editor.nameProperty().get().trim(),
            editor.kindProperty().get(),
            editor.languageProperty().get(),
            null,
            editor.bodyProperty().get());
    if (draft.name().isEmpty()) {
      problem.set(ui.texts().get("templates.problem.name"));
      return;
    }
    if (!editor.problems().isEmpty()) {
      problem.set(editor.problems().get(0).words());
      return;
    }
    Long id = selected.get() == null ? null : selected.get().id();
    ui.background()
        .load(
            () ->
                id == null
                    ? services.templates().create(draft)
                    : services.templates().update(id, draft),
            saved -> {
              problem.set("");
              ui.dialogs().notifyDone(ui.texts().get("templates.saved", saved.name()));
              templates.removeIf(t -> t.id().equals(saved.id()));
              templates.add(saved);
              selected.set(saved);
            },
            this::refused);
  }

  /** Says which stages use the template before asking; deletes only one no stage sends. */
  public void delete() {
    SavedTemplate t = selected.get();
    if (t == null) {
      return;
    }
    ui.background()
        .load(
            () -> services.templates().stagesUsing(t.id()),
            stages -> {
              if (stages.isEmpty()) {
                confirmDelete(t);
              } else {
                problem.set(
                    ui.texts()
                        .refusal(
                            new Refusal(
                                Refusal.Code.TEMPLATE_IN_USE, "Used by " + stages, stages)));
              }
            },
            this::refused);
  }

  private void confirmDelete(SavedTemplate t) {
    if (!ui.dialogs()
        .confirm(
            ui.texts().get("templates.delete.question", t.name()),
            ui.texts().get("templates.delete.detail"),
            ui.texts().get("templates.delete.yes"))) {
      return;
    }
    ui.background()
        .execute(
            () -> services.templates().delete(t.id()),
            () -> {
              newTemplate();
              load();
            },
            this::refused);
  }

  /** Imports every file of sample-templates/, all or nothing. */
  public void importSamples() {
    ui.background()
        .load(
            () -> services.templates().planImport(SampleTemplates.files()),
            plan -> {
              Map<String, ConflictChoice> choices = new HashMap<>();
              List<String> answers =
                  List.of(
                      ui.texts().get("templates.import.keep"),
                      ui.texts().get("templates.import.replace"),
                      ui.texts().get("templates.import.copy"));
              for (TemplateService.Conflict c : plan.conflicts()) {
                int answer =
                    ui.dialogs()
                        .choose(
                            ui.texts().get("templates.import.conflict", c.existing().name()),
                            ui.texts().get("templates.import.conflictDetail"),
                            answers);
                choices.put(
                    c.incoming().name(),
                    answer == 1
                        ? ConflictChoice.REPLACE
                        : answer == 2 ? ConflictChoice.COPY : ConflictChoice.KEEP_MINE);
              }
              ui.background()
                  .load(
                      () -> services.templates().importPlanned(plan, choices),
                      saved -> {
                        problem.set(
                            ""); // an earlier problem no longer applies once the import went
                        // through
                        ui.dialogs()
                            .notifyDone(
                                ui.texts()
                                    .get("templates.importedNew", saved.size(), plan.unchanged()));
                        load();
                      },
                      this::refused);
            },
            this::refused);
  }

  private void refused(Throwable e) {
    if (e instanceof IllegalArgumentException) {
      problem.set(ui.texts().refusal(e));
    } else {
      ui.failed("templates.error.save", e);
    }
  }

  public TemplateEditorModel editor() {
    return editor;
  }

  public ObservableList<SavedTemplate> templates() {
    return templates;
  }

  public ObservableList<OrderChoice> orders() {
    return orders;
  }

  public ObjectProperty<SavedTemplate> selectedProperty() {
    return selected;
  }

  /** The first choice is the sample order. */
  public ObjectProperty<OrderChoice> previewOrderProperty() {
    return previewOrder;
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
