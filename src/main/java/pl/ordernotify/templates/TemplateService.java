package pl.ordernotify.templates;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageMapper;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.store.Refusal;
import pl.ordernotify.store.Refusal.Code;

/**
 * Stored templates: listing, saving (always validated first, so nothing invalid is ever stored),
 * all-or-nothing import of template files, and previews.
 */
public final class TemplateService {

  private static final Set<String> LANGUAGES = Set.of("pl", "en");

  private final Database db;
  private final Renderer renderer;
  private final Clock clock;
  private final TemplateValidator validator = new TemplateValidator();

  public TemplateService(Database db, Renderer renderer, Clock clock) {
    this.db = db;
    this.renderer = renderer;
    this.clock = clock;
  }

  public List<SavedTemplate> list() {
    return db.withMapper(TemplateMapper.class, TemplateMapper::all);
  }

  public Optional<SavedTemplate> byName(String name) {
    return Optional.ofNullable(db.withMapper(TemplateMapper.class, m -> m.findByName(name)));
  }

  public Optional<SavedTemplate> byId(long id) {
    return Optional.ofNullable(db.withMapper(TemplateMapper.class, m -> m.findById(id)));
  }

  /**
   * Saves a template under its name: a new one, or a new body for an existing name.
   *
   * @throws TemplateRejectedException when the body is invalid (names the variable and position)
   * @throws IllegalArgumentException for a blank name or an unknown language
   */
  public SavedTemplate save(TemplateDraft draft) {
    check(draft, null);
    return db.inTransaction(s -> upsert(s, draft, null));
  }

  /**
   * Saves a new template; an existing template of the same name is never replaced.
   *
   * @throws Refusal {@code TEMPLATE_NAME_TAKEN} with the name and a free name to suggest
   */
  public SavedTemplate create(TemplateDraft draft) {
    check(draft, null);
    return db.inTransaction(
        s -> {
          TemplateMapper m = s.getMapper(TemplateMapper.class);
          if (m.findByName(draft.name()) != null) {
            String free = freeName(m, draft.name());
            throw new Refusal(
                Code.TEMPLATE_NAME_TAKEN,
                "A template is already called '"
                    + draft.name()
                    + "'. Choose another name, e.g. '"
                    + free
                    + "'.",
                draft.name(),
                free);
          }
          return upsert(s, draft, null);
        });
  }

  /** The stages (by name) that send this template; deleting it is refused while there are any. */
  public List<Stage> stagesUsing(long id) {
    return db.withMapper(TemplateMapper.class, m -> m.stagesUsing(id)).stream()
        .map(Stage::valueOf)
        .toList();
  }

  /** {@code name-2}, {@code name-3}… the first that no template has. */
  static String freeName(TemplateMapper m, String name) {
    for (int i = 2; ; i++) {
      String candidate = name + "-" + i;
      if (m.findByName(candidate) == null) {
        return candidate;
      }
    }
  }

  /** Saves an edited template, which may also be renamed. */
  public SavedTemplate update(long id, TemplateDraft draft) {
    check(draft, null);
    return db.inTransaction(s -> upsert(s, draft, id));
  }

  /** Deletes a template no stage uses. */
  public void delete(long id) {
    db.inTransactionDo(
        s -> {
          TemplateMapper m = s.getMapper(TemplateMapper.class);
          List<String> stages = m.stagesUsing(id);
          if (!stages.isEmpty()) {
            throw new Refusal(
                Code.TEMPLATE_IN_USE,
                "This template is used by the stage(s) "
                    + String.join(", ", stages)
                    + ". Choose another template for them first.",
                stages.stream().map(Stage::valueOf).toList());
          }
          m.delete(id);
        });
  }

  /**
   * Imports template files all-or-nothing: every file is read and validated first; one bad file
   * imports none and the message names the file, the variable and its position.
   *
   * @return the templates saved, in file order
   */
  public List<SavedTemplate> importFiles(List<Path> files) {
    List<TemplateDraft> drafts = readDrafts(files);
    return db.inTransaction(
        s -> {
          List<SavedTemplate> saved = new ArrayList<>();
          for (TemplateDraft d : drafts) {
            SavedTemplate t = upsert(s, d, null);
            linkToStageIfFree(s, d, t);
            saved.add(t);
          }
          return saved;
        });
  }

  /** What an import would do: new templates, and existing ones whose text differs (customised). */
  public record ImportPlan(List<TemplateDraft> fresh, List<Conflict> conflicts, int unchanged) {}

  /** A file whose name is taken by a stored template with another text, kind or language. */
  public record Conflict(TemplateDraft incoming, SavedTemplate existing) {}

  /** What to do with one conflict. */
  public enum ConflictChoice {
    KEEP_MINE,
    REPLACE,
    COPY
  }

  /**
   * Reads and checks every file (all or nothing, as {@link #importFiles}) and compares them with
   * the stored templates.
   */
  public ImportPlan planImport(List<Path> files) {
    List<TemplateDraft> fresh = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    int unchanged = 0;
    for (TemplateDraft d : readDrafts(files)) {
      SavedTemplate existing = byName(d.name()).orElse(null);
      if (existing == null) {
        fresh.add(d);
      } else if (existing.body().equals(d.body())
          && existing.kind().equals(d.kind().name())
          && existing.language().equals(d.language())) {
        unchanged++;
      } else {
        conflicts.add(new Conflict(d, existing));
      }
    }
    return new ImportPlan(fresh, conflicts, unchanged);
  }

  /**
   * Imports a plan in one transaction; each conflict as chosen (keep mine when no choice is given):
   * a stored template is replaced only when {@link ConflictChoice#REPLACE} says so.
   *
   * @return the templates saved
   */
  public List<SavedTemplate> importPlanned(
      ImportPlan plan, java.util.Map<String, ConflictChoice> choices) {
    return db.inTransaction(
        s -> {
          List<SavedTemplate> saved = new ArrayList<>();
          for (TemplateDraft d : plan.fresh()) {
            SavedTemplate t = upsert(s, d, null);
            linkToStageIfFree(s, d, t);
            saved.add(t);
          }
          for (Conflict c : plan.conflicts()) {
            TemplateDraft d = c.incoming();
            switch (choices.getOrDefault(d.name(), ConflictChoice.KEEP_MINE)) {
              case REPLACE -> saved.add(upsert(s, d, null));
              case COPY ->
                  saved.add(
                      upsert(
                          s,
                          new TemplateDraft(
                              freeName(s.getMapper(TemplateMapper.class), d.name()),
                              d.kind(),
                              d.language(),
                              null,
                              d.body()),
                          null));
              case KEEP_MINE -> {}
            }
          }
          return saved;
        });
  }

  private List<TemplateDraft> readDrafts(List<Path> files) {
    List<TemplateDraft> drafts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path file : files) {
      TemplateDraft draft;
      try {
        draft = TemplateFile.parse(file);
      } catch (TemplateFileException e) {
        throw new IllegalArgumentException(e.getMessage() + " Nothing was imported.", e);
      }
      check(draft, file.getFileName().toString());
      if (!names.add(draft.name())) {
        throw new IllegalArgumentException(
            file.getFileName()
                + ": the name '"
                + draft.name()
                + "' is used by another file in this import. Nothing was imported.");
      }
      drafts.add(draft);
    }
    return drafts;
  }

  /** Renders a stored template against {@code values} and measures the result as an SMS. */
  public Preview preview(SavedTemplate template, RenderValues values, boolean fold) {
    return preview(template.body(), template.templateKind(), values, fold);
  }

  /** Renders any body (the editor's unsaved text) and measures it. */
  public Preview preview(String body, TemplateKind kind, RenderValues values, boolean fold) {
    RenderResult result = renderer.render(body, kind, values);
    if (result instanceof RenderResult.Rendered r) {
      String text = fold ? SmsLength.fold(r.text()) : r.text();
      return new Preview(text, null, SmsLength.count(text));
    }
    RenderResult.Refused refused = (RenderResult.Refused) result;
    return new Preview(null, refused.message(), SmsLength.count(""));
  }

  /** A rendered text and its length, or why it could not be rendered. */
  public record Preview(String text, String refusal, SmsCount count) {}

  public Clock clock() {
    return clock;
  }

  private void check(TemplateDraft d, String fileName) {
    String where = fileName == null ? "" : fileName + ": ";
    if (d.name() == null || d.name().isBlank() || d.name().length() > 100) {
      throw new Refusal(
          Code.TEMPLATE_BAD_NAME, where + "a template needs a name of 1 to 100 characters.");
    }
    if (!LANGUAGES.contains(d.language())) {
      throw new Refusal(
          Code.TEMPLATE_BAD_LANGUAGE,
          where + "the language must be pl or en, not '" + d.language() + "'.",
          String.valueOf(d.language()));
    }
    List<TemplateProblem> problems = validator.validate(d.body(), d.kind());
    if (!problems.isEmpty()) {
      String suffix = fileName == null ? "" : " Nothing was imported.";
      throw new TemplateRejectedException(where + problems.get(0).message() + suffix, problems);
    }
  }

  private SavedTemplate upsert(SqlSession s, TemplateDraft d, Long id) {
    TemplateMapper m = s.getMapper(TemplateMapper.class);
    Instant now = clock.instant();
    SavedTemplate sameName = m.findByName(d.name());
    Long target = id != null ? id : sameName == null ? null : sameName.id();
    if (sameName != null && id != null && !sameName.id().equals(id)) {
      throw new Refusal(
          Code.TEMPLATE_NAME_TAKEN,
          "Another template is already called '" + d.name() + "'.",
          d.name(),
          freeName(m, d.name()));
    }
    if (target == null) {
      GeneratedId key = new GeneratedId();
      m.insert(
          new SavedTemplate(null, d.name(), d.kind().name(), d.language(), d.body(), now, now),
          key);
      return m.findById(key.value());
    }
    SavedTemplate old = m.findById(target);
    if (old == null) {
      throw new Refusal(Code.TEMPLATE_GONE, "The template was deleted in the meantime.");
    }
    if (!old.kind().equals(d.kind().name()) && !m.stagesUsing(target).isEmpty()) {
      throw new Refusal(
          Code.TEMPLATE_KIND_LOCKED,
          "A stage uses this template, so it must stay an ORDER template.");
    }
    m.update(
        new SavedTemplate(
            target, d.name(), d.kind().name(), d.language(), d.body(), old.createdAt(), now));
    return m.findById(target);
  }

  /**
   * An imported template that names a stage becomes that stage's template for its language, if it
   * has none.
   */
  private static void linkToStageIfFree(SqlSession s, TemplateDraft d, SavedTemplate t) {
    Stage stage = Stage.parse(d.suggestedStage());
    if (stage == null || d.kind() != TemplateKind.ORDER) {
      return;
    }
    StageMapper stages = s.getMapper(StageMapper.class);
    boolean taken =
        stages.templateLinks().stream()
            .anyMatch(l -> l.stage().equals(stage.name()) && l.language().equals(d.language()));
    if (!taken) {
      stages.insertTemplateLink(stage.name(), d.language(), t.id());
    }
  }
}
