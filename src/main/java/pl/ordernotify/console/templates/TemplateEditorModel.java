package pl.ordernotify.console.templates;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.Texts;
import pl.ordernotify.templates.CampaignText;
import pl.ordernotify.templates.RenderValues;
import pl.ordernotify.templates.SmsLength;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateProblem;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.templates.TemplateValidator;
import pl.ordernotify.templates.Variable;

/**
 * The template being edited. Every keystroke re-checks the body, re-renders the preview and
 * re-counts the SMS; all of that is in memory, so it runs on the FX thread.
 */
public final class TemplateEditorModel {

  /** A run of the body, marked when it is part of a problem (for the highlighted copy). */
  public record Span(String text, boolean bad) {}

  /**
   * One problem in words, with where it sits in the body, so the editor can select it.
   *
   * @param start offset of the first offending character in the body
   * @param end offset just past the last one
   */
  public record ProblemLine(String words, int start, int end) {
    @Override
    public String toString() {
      return words;
    }
  }

  /** A variable in the palette. */
  public record PaletteItem(Variable variable, String placeholder, String description) {}

  private final TemplateService templates;
  private final Texts texts;
  private final TemplateValidator validator = new TemplateValidator();
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<TemplateKind> kind = new SimpleObjectProperty<>(TemplateKind.ORDER);
  private final StringProperty language = new SimpleStringProperty("pl");
  private final StringProperty body = new SimpleStringProperty("");
  private final BooleanProperty fold = new SimpleBooleanProperty();
  private final ObservableList<PaletteItem> palette = FXCollections.observableArrayList();
  private final ObservableList<ProblemLine> problems = FXCollections.observableArrayList();
  private final ObservableList<Span> spans = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper culprits = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper folding = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper campaignWarnings = new ReadOnlyStringWrapper("");
  private List<CampaignText.Warning> warnings = List.of();
  private String senderName;
  private boolean readsReplies;
  private RenderValues sample;
  private RenderValues values;
  private SmsMeter meter;

  TemplateEditorModel(TemplateService templates, Texts texts) {
    this.templates = templates;
    this.texts = texts;
    kind.addListener(
        (o, was, now) -> {
          fillPalette();
          recheck();
        });
    body.addListener((o, was, now) -> recheck());
    language.addListener((o, was, now) -> recheck());
    fold.addListener((o, was, now) -> recheck());
    fillPalette();
  }

  /** The restaurant's facts arrived: the sample order and the price per part. */
  void prepare(RenderValues sampleValues, SmsMeter smsMeter) {
    sample = sampleValues;
    meter = smsMeter;
    recheck();
  }

  /** Preview on a real order's values; null goes back to the sample order. */
  void previewOn(RenderValues orderValues) {
    values = orderValues;
    recheck();
  }

  /** Puts {@code variable} at {@code caret}; returns where the caret goes next. */
  public int insert(Variable variable, int caret) {
    String text = body.get() == null ? "" : body.get();
    int at = Math.max(0, Math.min(caret, text.length()));
    body.set(text.substring(0, at) + variable.placeholder() + text.substring(at));
    return at + variable.placeholder().length();
  }

  private void fillPalette() {
    List<PaletteItem> items = new ArrayList<>();
    for (Variable v : Variable.allowedFor(kind.get())) {
      items.add(new PaletteItem(v, v.placeholder(), v.description(texts.locale())));
    }
    palette.setAll(items);
  }

  /**
   * The gateway account's facts for campaign texts: its sender name, and whether replies are read.
   */
  void gatewayFacts(String sender, boolean replies) {
    senderName = sender;
    readsReplies = replies;
    recheck();
  }

  /** Applies the fixes the campaign warnings name. */
  public void fixCampaignText() {
    if (!warnings.isEmpty()) {
      body.set(CampaignText.fixed(body.get(), warnings));
    }
  }

  private void recheck() {
    String text = body.get() == null ? "" : body.get();
    warnings = CampaignText.warnings(text, kind.get(), senderName, readsReplies);
    campaignWarnings.set(
        String.join(
            "\n", warnings.stream().map(w -> texts.get("templates.warning." + w.name())).toList()));
    List<TemplateProblem> found = text.isBlank() ? List.of() : validator.validate(text, kind.get());
    problems.setAll(found.stream().map(this::describe).toList());
    spans.setAll(spans(text, found));
    if (sample == null) {
      return;
    }
    RenderValues v =
        values != null
            ? values.toBuilder().language(language.get()).build()
            : sample.toBuilder().language(language.get()).build();
    TemplateService.Preview p = templates.preview(text, kind.get(), v, fold.get());
    String shown = p.text() != null ? p.text() : text;
    preview.set(
        p.text() != null
            ? p.text()
            : text.isBlank()
                ? ""
                : !found.isEmpty()
                    ? texts.get("templates.preview.fixFirst")
                    : texts.get("templates.preview.refused", p.refusal()));
    var count = SmsLength.count(fold.get() ? SmsLength.fold(shown) : shown);
    counter.set(meter.counter(count, texts));
    culprits.set(meter.culprits(count, texts));
    folding.set(meter.folding(count, fold.get(), texts));
  }

  private ProblemLine describe(TemplateProblem p) {
    String key = "templates.problem." + p.code().name();
    String words =
        p.code() == TemplateProblem.Code.TOO_LONG
            ? texts.get(key, p.end(), TemplateValidator.MAX_BODY, p.end() - p.start())
            : texts.get(key, p.text(), p.line(), p.column());
    return new ProblemLine(words, p.start(), p.end());
  }

  private static List<Span> spans(String text, List<TemplateProblem> problems) {
    List<Span> out = new ArrayList<>();
    int at = 0;
    for (TemplateProblem p : problems) {
      if (p.start() < at || p.end() > text.length() || p.end() <= p.start()) {
        continue;
      }
      if (p.start() > at) {
        out.add(new Span(text.substring(at, p.start()), false));
      }
      out.add(new Span(text.substring(p.start(), p.end()), true));
      at = p.end();
    }
    if (at < text.length()) {
      out.add(new Span(text.substring(at), false));
    }
    return out;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public ObjectProperty<TemplateKind> kindProperty() {
    return kind;
  }

  public StringProperty languageProperty() {
    return language;
  }

  public StringProperty bodyProperty() {
    return body;
  }

  public BooleanProperty foldProperty() {
    return fold;
  }

  public ObservableList<PaletteItem> palette() {
    return palette;
  }

  /** Each problem in words, with its line and column, and its place in the body. */
  public ObservableList<ProblemLine> problems() {
    return problems;
  }

  public ObservableList<Span> spans() {
    return spans;
  }

  public ReadOnlyStringProperty previewProperty() {
    return preview.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty counterProperty() {
    return counter.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty culpritsProperty() {
    return culprits.getReadOnlyProperty();
  }

  /**
   * Campaign texts only: what the text lacks to be lawful marketing, each with its fix; empty when
   * fine.
   */
  public ReadOnlyStringProperty campaignWarningsProperty() {
    return campaignWarnings.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty foldingProperty() {
    return folding.getReadOnlyProperty();
  }
}
