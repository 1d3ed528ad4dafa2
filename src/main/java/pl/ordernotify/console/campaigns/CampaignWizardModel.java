package pl.ordernotify.console.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.campaigns.AudienceFilter;
import pl.ordernotify.campaigns.Campaign;
import pl.ordernotify.campaigns.CampaignDraft;
import pl.ordernotify.campaigns.CampaignPreview;
import pl.ordernotify.campaigns.CampaignService;
import pl.ordernotify.console.Ui;
import pl.ordernotify.console.templates.TemplateEditorModel;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.templates.SavedTemplate;
import pl.ordernotify.templates.TemplateDraft;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.templates.Variable;

/**
 * The guided flow for a new campaign: audience → message → code → time → confirmation. The audience
 * count follows every filter change; the last step shows recipients, parts and cost.
 */
public final class CampaignWizardModel {

  public static final int STEPS = 5;
  public static final String NONE = "";

  private final CampaignService campaigns;
  private final TemplateService templates;
  private final SettingsService settings;
  private final Ui ui;
  private final IntegerProperty step = new SimpleIntegerProperty(0);
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty promotion = new SimpleStringProperty("");
  private final BooleanProperty regulars = new SimpleBooleanProperty(false);
  private final StringProperty minOrders = new SimpleStringProperty("3");
  private final BooleanProperty lapsed = new SimpleBooleanProperty(false);
  private final StringProperty minSpend = new SimpleStringProperty("");
  private final StringProperty days =
      new SimpleStringProperty(String.valueOf(AudienceFilter.DEFAULT_DAYS));
  private final StringProperty language = new SimpleStringProperty(NONE);
  private final StringProperty templatePl = new SimpleStringProperty(NONE);
  private final StringProperty templateEn = new SimpleStringProperty(NONE);
  private final StringProperty codeMode = new SimpleStringProperty(Campaign.UNIQUE);
  private final StringProperty code = new SimpleStringProperty("");
  private final StringProperty prefix = new SimpleStringProperty("PROMO");
  private final StringProperty validDays =
      new SimpleStringProperty(String.valueOf(CampaignDraft.DEFAULT_VALID_DAYS));
  private final BooleanProperty startNow = new SimpleBooleanProperty(true);
  private final ObjectProperty<LocalDate> atDate = new SimpleObjectProperty<>();
  private final StringProperty atTime = new SimpleStringProperty("18:00");
  private final IntegerProperty audienceCount = new SimpleIntegerProperty(-1);
  private final StringProperty sample = new SimpleStringProperty("");
  private final StringProperty counter = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final ObservableList<String> templatesPl = FXCollections.observableArrayList();
  private final ObservableList<String> templatesEn = FXCollections.observableArrayList();
  private final StringProperty messagePl = new SimpleStringProperty("");
  private final ObservableList<TemplateEditorModel.PaletteItem> palette =
      FXCollections.observableArrayList();
  private final java.util.Map<String, String> bodies = new java.util.HashMap<>();
  private java.util.function.Consumer<String> onFinished = name -> {};

  public CampaignWizardModel(
      CampaignService campaigns, TemplateService templates, SettingsService settings, Ui ui) {
    this.campaigns = campaigns;
    this.templates = templates;
    this.settings = settings;
    this.ui = ui;
    for (var p : List.of(regulars, lapsed)) {
      p.addListener((o, was, now) -> countAudience());
    }
    for (var p : List.of(minOrders, minSpend, days, language)) {
      p.addListener((o, was, now) -> countAudience());
    }
    for (Variable v : Variable.allowedFor(TemplateKind.CAMPAIGN)) {
      palette.add(
          new TemplateEditorModel.PaletteItem(
              v, v.placeholder(), v.description(ui.texts().locale())));
    }
    templatePl.addListener((o, was, now) -> messagePl.set(bodies.getOrDefault(now, "")));
    for (var text : List.of(messagePl, promotion)) {
      text.addListener(
          (o, was, now) -> {
            if (step.get() == 1) {
              loadPreview();
            }
          });
    }
  }

  /**
   * Puts the variable's placeholder into the Polish text at {@code caret}; returns the caret after
   * it.
   */
  public int insert(Variable v, int caret) {
    String text = messagePl.get() == null ? "" : messagePl.get();
    int at = Math.max(0, Math.min(caret, text.length()));
    messagePl.set(text.substring(0, at) + v.placeholder() + text.substring(at));
    return at + v.placeholder().length();
  }

  /** The Polish text when the manager changed it from the chosen template's, else null. */
  String editedPl() {
    String text = messagePl.get();
    if (text == null || text.isBlank() || templatePl.get() == null) {
      return null;
    }
    return text.equals(bodies.get(templatePl.get())) ? null : text;
  }

  /** What happens once the campaign is saved; gets its name. */
  public void onFinished(java.util.function.Consumer<String> action) {
    onFinished = action;
  }

  /** Starts over with empty fields and loads the CAMPAIGN templates. */
  public void begin() {
    step.set(0);
    problem.set("");
    ui.background()
        .load(
            templates::list,
            all -> {
              all.forEach(t -> bodies.put(t.name(), t.body()));
              templatesPl.setAll(names(all, "pl"));
              templatesEn.setAll(names(all, "en"));
              if (templatePl.get().isEmpty() && !templatesPl.isEmpty()) {
                templatePl.set(templatesPl.get(0));
              } else if (messagePl.get().isBlank()) {
                messagePl.set(bodies.getOrDefault(templatePl.get(), ""));
              }
              if (templateEn.get().isEmpty() && !templatesEn.isEmpty()) {
                templateEn.set(templatesEn.get(0));
              }
            },
            e -> ui.failed("campaigns.error.load", e));
    countAudience();
  }

  private static List<String> names(List<SavedTemplate> all, String language) {
    List<String> names = new ArrayList<>();
    all.stream()
        .filter(t -> "CAMPAIGN".equals(t.kind()) && language.equals(t.language()))
        .forEach(t -> names.add(t.name()));
    return names;
  }

  public void countAudience() {
    AudienceFilter f = filterOrNull();
    if (f == null) {
      audienceCount.set(-1);
      return;
    }
    ui.background()
        .load(() -> campaigns.audienceCount(f), audienceCount::set, e -> audienceCount.set(-1));
  }

  /** Next step; the step's input is checked first, and the preview of the next step is loaded. */
  public void next() {
    String stop = checkStep();
    problem.set(stop == null ? "" : stop);
    if (stop != null || step.get() >= STEPS - 1) {
      return;
    }
    step.set(step.get() + 1);
    if (step.get() == 1 || step.get() == STEPS - 1) {
      loadPreview();
    }
  }

  public void back() {
    problem.set("");
    step.set(Math.max(0, step.get() - 1));
  }

  private String checkStep() {
    return switch (step.get()) {
      case 0 ->
          filterOrNull() == null
              ? ui.texts().get("campaigns.wizard.badFilter")
              : audienceCount.get() == 0
                  ? ui.texts().get("campaigns.refusal.EMPTY_AUDIENCE")
                  : null;
      case 1 ->
          promotion.get().isBlank()
              ? ui.texts().get("campaigns.refusal.PROMOTION_REQUIRED")
              : chosenTemplates().isEmpty()
                  ? ui.texts().get("campaigns.refusal.NO_TEMPLATE")
                  : null;
      case 3 ->
          !startNow.get() && startAt() == null ? ui.texts().get("campaigns.wizard.badTime") : null;
      default -> null;
    };
  }

  private long previewsAsked;

  private void loadPreview() {
    CampaignDraft d = draftOrNull();
    if (d == null || d.templates().isEmpty()) {
      return;
    }
    String edited = editedPl();
    // previews come back from the background in any order: only the newest one asked for is shown
    long asked = ++previewsAsked;
    ui.background()
        .load(
            () -> campaigns.previewDraft(d, "pl", edited, step.get() == STEPS - 1),
            p -> {
              if (asked == previewsAsked) {
                showPreview(p);
              }
            },
            e -> problem.set(words(e)));
  }

  /** Re-renders the sample after the message or code changed. */
  public void refreshPreview() {
    loadPreview();
  }

  private void showPreview(CampaignPreview p) {
    sample.set(p.sample() == null ? "" : p.sample());
    counter.set(
        ui.texts()
            .get(
                "campaigns.wizard.counter",
                p.sample() == null ? 0 : p.sample().length(),
                p.partsPerSms()));
    String languages =
        String.join(
            ", ",
            p.byLanguage().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    String cap =
        p.monthlyCap() == null
            ? ui.texts().get("campaigns.summary.noCap", p.usedThisMonth())
            : ui.texts()
                .get(
                    "campaigns.summary.cap",
                    p.monthlyCap(),
                    p.usedThisMonth(),
                    Math.max(0, p.remainingAfter()));
    String over =
        p.overCapBy() > 0
            ? "\n"
                + ui.texts()
                    .get(
                        "campaigns.refusal.OVER_CAP", p.monthlyCap(), p.overCapBy(), p.totalParts())
            : "";
    summary.set(
        ui.texts()
                .get(
                    "campaigns.summary",
                    p.recipients(),
                    languages,
                    p.partsPerSms(),
                    p.totalParts(),
                    new pl.ordernotify.console.MessageWords(ui.texts())
                        .money(p.cost().setScale(2, java.math.RoundingMode.HALF_UP)),
                    p.credits() == null
                        ? ui.texts().get("campaigns.summary.noCredits")
                        : new pl.ordernotify.console.GatewayWords(ui.texts())
                            .balance(p.provider(), p.credits()))
            + "\n"
            + cap
            + over);
  }

  /**
   * Creates the campaign and starts it (now or at its time); a refusal is shown and nothing is
   * half-written.
   */
  public void finish() {
    save(true);
  }

  /**
   * Saves the campaign as a draft without sending anything: the manager can send a test SMS from it
   * and start it later.
   */
  public void saveDraft() {
    save(false);
  }

  private void save(boolean start) {
    CampaignDraft d = draftOrNull();
    if (d == null) {
      problem.set(ui.texts().get("campaigns.wizard.badFilter"));
      return;
    }
    String edited = editedPl();
    ui.background()
        .load(
            () -> create(d, edited, start),
            c -> {
              ui.dialogs()
                  .notifyDone(
                      ui.texts().get(start ? "campaigns.started" : "campaigns.drafted", c.name()));
              name.set("");
              onFinished.accept(c.name());
            },
            e -> problem.set(words(e)));
  }

  private Campaign create(CampaignDraft d, boolean start) {
    return start ? campaigns.createAndStart(d) : campaigns.create(d);
  }

  /**
   * A changed Polish text is saved first as a CAMPAIGN template named after the campaign, used in
   * place of the chosen one; if the campaign is then refused, that template is removed again.
   */
  private Campaign create(CampaignDraft d, String edited, boolean start) {
    if (edited == null) {
      return create(d, start);
    }
    String name = freeTemplateName(d.name() + " (pl)");
    SavedTemplate saved =
        templates.create(new TemplateDraft(name, TemplateKind.CAMPAIGN, "pl", null, edited));
    List<String> names = new ArrayList<>(d.templates());
    names.remove(templatePl.get());
    names.add(0, name);
    try {
      return create(
          new CampaignDraft(
              d.name(),
              names,
              d.promotion(),
              d.sharedCode(),
              d.uniquePrefix(),
              d.validDays(),
              d.audience(),
              d.startAt()),
          start);
    } catch (RuntimeException e) {
      templates.delete(saved.id());
      throw e;
    }
  }

  private String freeTemplateName(String base) {
    String name = base;
    for (int n = 2; templates.byName(name).isPresent(); n++) {
      name = base + " " + n;
    }
    return name;
  }

  private String words(Throwable e) {
    String w = Refusals.words(ui.texts(), e);
    return w != null ? w : ui.texts().get("campaigns.error.action");
  }

  private List<String> chosenTemplates() {
    List<String> list = new ArrayList<>();
    if (!templatePl.get().isBlank()) {
      list.add(templatePl.get());
    }
    if (!templateEn.get().isBlank()) {
      list.add(templateEn.get());
    }
    return list;
  }

  AudienceFilter filterOrNull() {
    try {
      AudienceFilter f =
          AudienceFilter.everyone()
              .withDays(Integer.parseInt(days.get().strip()))
              .withLapsed(lapsed.get())
              .withLanguage(language.get());
      if (regulars.get()) {
        f = f.withMinOrders(Integer.parseInt(minOrders.get().strip()));
      }
      if (!minSpend.get().isBlank()) {
        f = f.withMinSpend(new BigDecimal(minSpend.get().strip().replace(',', '.')));
      }
      return f.days() < 1 ? null : f;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  CampaignDraft draftOrNull() {
    AudienceFilter f = filterOrNull();
    if (f == null) {
      return null;
    }
    Integer valid;
    try {
      valid = Integer.valueOf(validDays.get().strip());
    } catch (NumberFormatException e) {
      valid = -1;
    }
    String shared = Campaign.SHARED.equals(codeMode.get()) ? code.get().strip() : null;
    String unique = Campaign.UNIQUE.equals(codeMode.get()) ? prefix.get().strip() : null;
    String n = name.get().isBlank() ? promotion.get().strip() : name.get().strip();
    return new CampaignDraft(
        n,
        chosenTemplates(),
        promotion.get(),
        shared,
        unique,
        valid,
        f,
        startNow.get() ? null : startAt());
  }

  private java.time.Instant startAt() {
    if (atDate.get() == null) {
      return null;
    }
    try {
      return atDate
          .get()
          .atTime(LocalTime.parse(atTime.get().strip()))
          .atZone(settings.restaurant().zone())
          .toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public IntegerProperty stepProperty() {
    return step;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty promotionProperty() {
    return promotion;
  }

  public BooleanProperty regularsProperty() {
    return regulars;
  }

  public StringProperty minOrdersProperty() {
    return minOrders;
  }

  public BooleanProperty lapsedProperty() {
    return lapsed;
  }

  public StringProperty minSpendProperty() {
    return minSpend;
  }

  public StringProperty daysProperty() {
    return days;
  }

  public StringProperty languageProperty() {
    return language;
  }

  public StringProperty templatePlProperty() {
    return templatePl;
  }

  public StringProperty templateEnProperty() {
    return templateEn;
  }

  public StringProperty codeModeProperty() {
    return codeMode;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public StringProperty prefixProperty() {
    return prefix;
  }

  public StringProperty validDaysProperty() {
    return validDays;
  }

  public BooleanProperty startNowProperty() {
    return startNow;
  }

  public ObjectProperty<LocalDate> atDateProperty() {
    return atDate;
  }

  public StringProperty atTimeProperty() {
    return atTime;
  }

  public IntegerProperty audienceCountProperty() {
    return audienceCount;
  }

  public StringProperty sampleProperty() {
    return sample;
  }

  public StringProperty counterProperty() {
    return counter;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public StringProperty problemProperty() {
    return problem;
  }

  public ObservableList<String> templatesPl() {
    return templatesPl;
  }

  public ObservableList<String> templatesEn() {
    return templatesEn;
  }

  public StringProperty messagePlProperty() {
    return messagePl;
  }

  public ObservableList<TemplateEditorModel.PaletteItem> palette() {
    return palette;
  }
}
