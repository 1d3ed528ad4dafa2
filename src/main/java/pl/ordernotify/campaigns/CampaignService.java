package pl.ordernotify.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.SavedTemplate;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateService;

/**
 * Campaigns for staff (DESIGN §9): create, preview, start, pause, resume, cancel. Every refusal is
 * a {@link CampaignRefusal} thrown before anything is written. Sending itself is {@link
 * CampaignPass}.
 */
public final class CampaignService {

  private static final List<String> ACTIVE = List.of("DRAFT", "SCHEDULED", "SENDING", "PAUSED");

  private final Database db;
  private final Renderer renderer;
  private final Supplier<SmsGateway> gateways;
  private final Clock clock;
  private final Audiences audiences;

  public CampaignService(
      Database db, Renderer renderer, Supplier<SmsGateway> gateways, Clock clock) {
    this.db = db;
    this.renderer = renderer;
    this.gateways = gateways;
    this.clock = clock;
    this.audiences = new Audiences(db, clock);
  }

  public List<Campaign> list() {
    return db.withMapper(CampaignMapper.class, CampaignMapper::list);
  }

  public Optional<Campaign> byName(String name) {
    return Optional.ofNullable(db.withMapper(CampaignMapper.class, m -> m.byName(name)));
  }

  public Campaign get(String name) {
    return byName(name)
        .orElseThrow(
            () ->
                new CampaignRefusal(
                    "NO_CAMPAIGN",
                    "There is no campaign called '" + name + "'. 'campaigns list' shows them.",
                    name));
  }

  public List<CampaignTemplate> templates(Campaign c) {
    return db.withMapper(CampaignMapper.class, m -> m.templates(c.id()));
  }

  public Audiences audiences() {
    return audiences;
  }

  public int audienceCount(AudienceFilter filter) {
    return audiences.count(filter);
  }

  /** Creates a DRAFT campaign, or refuses with the first problem found; nothing is written then. */
  public Campaign create(CampaignDraft d) {
    List<SavedTemplate> templates = new CampaignChecks(db, renderer, clock).check(d);
    Campaign c =
        Campaign.draft(
            stripped(d),
            d.validDays() == null ? CampaignDraft.DEFAULT_VALID_DAYS : d.validDays(),
            clock.instant());
    return db.inTransaction(
        s -> {
          CampaignMapper m = s.getMapper(CampaignMapper.class);
          GeneratedId key = new GeneratedId();
          m.insert(c, key);
          for (SavedTemplate t : templates) {
            m.insertTemplate(key.value(), t.language(), t.id());
          }
          return m.byId(key.value());
        });
  }

  /** The draft as saved: names and codes without surrounding blanks, the prefix in capitals. */
  private static CampaignDraft stripped(CampaignDraft d) {
    return new CampaignDraft(
        d.name().strip(),
        d.templates(),
        d.promotion().strip(),
        d.sharedCode() == null ? null : d.sharedCode().strip(),
        d.uniquePrefix() == null
            ? null
            : d.uniquePrefix().strip().toUpperCase(java.util.Locale.ROOT),
        d.validDays(),
        d.audience(),
        d.startAt());
  }

  /** Recipients, parts, cost, credits and the month's cap, with each recipient's real values. */
  public CampaignPreview preview(Campaign c, boolean askGateway) {
    return preview(c, audiences.of(c.audience()), askGateway);
  }

  private CampaignPreview preview(Campaign c, List<Customer> audience, boolean askGateway) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < audience.size(); i++) {
      codes.add(Campaign.UNIQUE.equals(c.codeMode()) ? PromoCodes.one(c.codePrefix()) : null);
    }
    SettingsService.Restaurant r = new SettingsService(db).restaurant();
    return audiences.preview(audience, codes, texts(c), r, gateways, askGateway);
  }

  /**
   * The preview of a campaign not saved yet (the console's confirmation step); templates that do
   * not exist or are not CAMPAIGN templates are left out.
   */
  public CampaignPreview previewDraft(CampaignDraft d, boolean askGateway) {
    return previewDraft(d, null, null, askGateway);
  }

  /**
   * As {@link #previewDraft(CampaignDraft, boolean)} with the text of {@code language} as the
   * manager is writing it ({@code body}, not saved yet) in place of that language's template.
   */
  public CampaignPreview previewDraft(
      CampaignDraft d, String language, String body, boolean askGateway) {
    TemplateService service = new TemplateService(db, renderer, clock);
    List<CampaignTemplate> templates =
        new ArrayList<>(
            d.templates().stream()
                .map(service::byName)
                .flatMap(Optional::stream)
                .filter(t -> t.templateKind() == TemplateKind.CAMPAIGN)
                .map(t -> new CampaignTemplate(t.language(), t.id(), t.name(), t.body()))
                .toList());
    if (body != null && !body.isBlank()) {
      templates.removeIf(t -> t.language().equals(language));
      templates.add(0, new CampaignTemplate(language, 0, d.name(), body));
    }
    if (templates.isEmpty()) {
      throw new CampaignRefusal("NO_TEMPLATE", "Choose a CAMPAIGN template.");
    }
    Campaign c = Campaign.draft(d, CampaignDraft.DEFAULT_VALID_DAYS, clock.instant());
    AudienceFilter f = d.audience();
    SettingsService.Restaurant r = new SettingsService(db).restaurant();
    List<Customer> audience = audiences.of(f);
    List<String> codes =
        audience.stream()
            .map(
                x ->
                    Campaign.UNIQUE.equals(c.codeMode())
                        ? PromoCodes.one(d.uniquePrefix())
                        : (String) null)
            .toList();
    return audiences.preview(
        audience, codes, new CampaignTexts(renderer, c, templates, r), r, gateways, askGateway);
  }

  /**
   * Creates and starts in one step (the console's last step): every check runs before anything is
   * written.
   */
  public Campaign createAndStart(CampaignDraft d) {
    new CampaignChecks(db, renderer, clock).check(d);
    CampaignChecks.checkStart(d.name(), previewDraft(d, false));
    return start(create(d).name());
  }

  public CampaignTexts texts(Campaign c) {
    return new CampaignTexts(renderer, c, templates(c), new SettingsService(db).restaurant());
  }

  /**
   * Starts a DRAFT campaign: refused when it would pass the monthly cap, needs an unset value or
   * reaches no one. With a start time ahead it becomes SCHEDULED; otherwise recipients are frozen
   * now.
   */
  public Campaign start(String name) {
    Campaign c = get(name);
    if (!"DRAFT".equals(c.status())) {
      throw new CampaignRefusal(
          "NOT_DRAFT",
          "The campaign '" + name + "' is " + c.status() + "; only a draft can be started.",
          name,
          c.status());
    }
    List<Customer> audience = audiences.of(c.audience());
    CampaignPreview p = preview(c, audience, false);
    CampaignChecks.checkStart(name, p);
    Instant now = clock.instant();
    if (c.startAt() != null && c.startAt().isAfter(now)) {
      db.withMapper(
          CampaignMapper.class,
          m -> m.setStatus(c.id(), List.of("DRAFT"), "SCHEDULED", null, null, now));
      return get(name);
    }
    new Freezer(db, audiences, clock).freeze(c, audience);
    return get(name);
  }

  public Campaign pause(String name) {
    Campaign c = get(name);
    change(c, List.of("SENDING", "SCHEDULED"), "PAUSED", "STAFF", "Paused by staff.");
    return get(name);
  }

  public Campaign resume(String name) {
    Campaign c = get(name);
    int frozen = db.withMapper(CampaignMapper.class, m -> m.countRecipients(c.id()));
    change(
        c,
        List.of("PAUSED"),
        frozen > 0 || c.startedAt() != null ? "SENDING" : "SCHEDULED",
        null,
        null);
    return get(name);
  }

  /** Sent SMS stay as they are; recipients not sent yet become CANCELLED. */
  public Campaign cancel(String name) {
    Campaign c = get(name);
    Instant now = clock.instant();
    boolean done =
        db.inTransaction(
            s -> {
              CampaignMapper m = s.getMapper(CampaignMapper.class);
              if (m.setStatus(c.id(), ACTIVE, "CANCELLED", "STAFF", "Cancelled by staff.", now)
                  == 0) {
                return false;
              }
              m.cancelPending(c.id(), now);
              return true;
            });
    if (!done) {
      throw notNow(c, "cancelled");
    }
    return get(name);
  }

  public CampaignResults results(String name) {
    return new ResultsQuery(db, clock).of(get(name));
  }

  public CampaignResults results(Campaign c) {
    return new ResultsQuery(db, clock).of(c);
  }

  /** One SMS to a staff phone with a real recipient's values; recorded as a TEST message. */
  public TestSend.Outcome test(String name, String phone) {
    return new TestSend(db, this, gateways, clock).send(get(name), phone);
  }

  private void change(Campaign c, List<String> from, String to, String code, String detail) {
    int n =
        db.withMapper(
            CampaignMapper.class,
            m -> m.setStatus(c.id(), from, to, code, detail, clock.instant()));
    if (n == 0) {
      throw notNow(c, to.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static CampaignRefusal notNow(Campaign c, String what) {
    return new CampaignRefusal(
        "WRONG_STATUS",
        "The campaign '" + c.name() + "' is " + c.status() + ", so it cannot be " + what + ".",
        c.name(),
        c.status());
  }
}
