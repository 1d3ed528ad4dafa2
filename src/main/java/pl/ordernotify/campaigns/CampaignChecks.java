package pl.ordernotify.campaigns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.SavedTemplate;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.templates.Variable;

/** The checks of a new campaign and of a start; each failure is one {@link CampaignRefusal}. */
final class CampaignChecks {

  private final Database db;
  private final Renderer renderer;
  private final Clock clock;

  CampaignChecks(Database db, Renderer renderer, Clock clock) {
    this.db = db;
    this.renderer = renderer;
    this.clock = clock;
  }

  /** The draft's templates, once every check passed. */
  List<SavedTemplate> check(CampaignDraft d) {
    String name = d.name() == null ? "" : d.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new CampaignRefusal("NAME_REQUIRED", "Give the campaign a name of 1-100 characters.");
    }
    if (db.withMapper(CampaignMapper.class, m -> m.byName(name)) != null) {
      throw new CampaignRefusal(
          "NAME_TAKEN",
          "A campaign called '" + name + "' already exists; choose another name.",
          name);
    }
    if (d.promotion() == null || d.promotion().isBlank() || d.promotion().length() > 200) {
      throw new CampaignRefusal(
          "PROMOTION_REQUIRED", "Give the promotion a name of 1-200 characters (--promotion).");
    }
    checkCode(d);
    List<SavedTemplate> templates = templates(d);
    if (d.validDays() != null && (d.validDays() < 1 || d.validDays() > 365)) {
      throw new CampaignRefusal(
          "BAD_VALID_DAYS", "The code validity must be 1-365 days.", d.validDays());
    }
    if (d.audience().days() < 1 || d.audience().days() > 3650) {
      throw new CampaignRefusal(
          "BAD_DAYS", "The history to look at must be 1-3650 days.", d.audience().days());
    }
    if (d.startAt() != null && !d.startAt().isAfter(clock.instant())) {
      throw new CampaignRefusal(
          "TIME_IN_PAST", "The start time has already passed; give a time ahead.");
    }
    if (new Audiences(db, clock).count(d.audience()) == 0) {
      throw new CampaignRefusal(
          "EMPTY_AUDIENCE",
          "No customer with marketing consent and a mobile number matches"
              + " these filters, so the campaign would reach no one.");
    }
    return templates;
  }

  private static void checkCode(CampaignDraft d) {
    if (d.sharedCode() != null && d.uniquePrefix() != null) {
      throw new CampaignRefusal(
          "CODE_CONFLICT",
          "Choose either one shared code (--code) or unique codes"
              + " (--unique-codes), not both.");
    }
    if (d.sharedCode() != null && !d.sharedCode().strip().matches("[A-Za-z0-9_-]{1,32}")) {
      throw new CampaignRefusal(
          "BAD_CODE", "The code must be 1-32 letters, digits, '-' or '_'.", d.sharedCode());
    }
    if (d.uniquePrefix() != null && !PromoCodes.validPrefix(d.uniquePrefix().strip())) {
      throw new CampaignRefusal(
          "BAD_PREFIX", "The code prefix must be 1-16 letters or digits.", d.uniquePrefix());
    }
  }

  private List<SavedTemplate> templates(CampaignDraft d) {
    if (d.templates() == null || d.templates().isEmpty()) {
      throw new CampaignRefusal("NO_TEMPLATE", "Choose a CAMPAIGN template (--template).");
    }
    TemplateService service = new TemplateService(db, renderer, clock);
    boolean code = d.sharedCode() != null || d.uniquePrefix() != null;
    List<SavedTemplate> found = new ArrayList<>();
    Set<String> languages = new HashSet<>();
    for (String name : d.templates()) {
      SavedTemplate t =
          service
              .byName(name)
              .orElseThrow(
                  () ->
                      new CampaignRefusal(
                          "UNKNOWN_TEMPLATE",
                          "There is no template called '"
                              + name
                              + "'. 'templates list' shows them.",
                          name));
      if (t.templateKind() != TemplateKind.CAMPAIGN) {
        throw new CampaignRefusal(
            "NOT_CAMPAIGN_TEMPLATE",
            "The template '"
                + name
                + "' is an ORDER template;"
                + " a campaign needs a CAMPAIGN template.",
            name);
      }
      if (!languages.add(t.language())) {
        throw new CampaignRefusal(
            "SAME_LANGUAGE",
            "Two templates are in '" + t.language() + "'; give one CAMPAIGN template per language.",
            t.language());
      }
      if (code && !t.body().contains(Variable.KOD_PROMOCYJNY.placeholder())) {
        throw new CampaignRefusal(
            "NO_CODE_PLACEHOLDER",
            "The template '"
                + name
                + "' has no "
                + Variable.KOD_PROMOCYJNY.placeholder()
                + ", so the customers would not see their code.",
            name);
      }
      found.add(t);
    }
    return found;
  }

  /**
   * A start that would pass the monthly cap, reach no one or leave a hole in the text is refused.
   */
  static void checkStart(String name, CampaignPreview p) {
    if (p.unrenderable() > 0 && "MISSING_VALUE".equals(p.unrenderableCode())) {
      throw new CampaignRefusal(
          "MISSING_VALUE",
          "The campaign cannot start: "
              + p.unrenderableReason()
              + " Set it in the restaurant settings (settings set) first.",
          p.unrenderableReason());
    }
    if (p.recipients() == 0) {
      throw new CampaignRefusal(
          "EMPTY_AUDIENCE", "The campaign '" + name + "' would reach no one now.", name);
    }
    if (p.overCapBy() > 0) {
      throw new CampaignRefusal(
          "OVER_CAP",
          "Starting would pass the monthly cap of "
              + p.monthlyCap()
              + " SMS parts by "
              + p.overCapBy()
              + " parts (it needs "
              + p.totalParts()
              + ", "
              + p.usedThisMonth()
              + " are used this month). Raise the cap or narrow the audience.",
          p.monthlyCap(),
          p.overCapBy(),
          p.totalParts());
    }
  }
}
