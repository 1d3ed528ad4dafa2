package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One campaign (DESIGN §9) as stored in {@code campaign}.
 *
 * @param codeMode NONE, SHARED ({@code sharedCode} for everyone) or UNIQUE ({@code codePrefix} +
 *     random per recipient)
 * @param statusCode why the campaign waits or paused (WINDOW, QUOTA, CREDITS, ACCOUNT, STAFF), or
 *     null
 */
public record Campaign(
    Long id,
    String name,
    String promotion,
    String codeMode,
    String sharedCode,
    String codePrefix,
    int validDays,
    Integer minOrders,
    boolean lapsed,
    BigDecimal minSpend,
    int historyDays,
    String language,
    Instant startAt,
    String status,
    String statusCode,
    String statusDetail,
    Instant startedAt,
    Instant finishedAt,
    Instant createdAt,
    Instant updatedAt,
    int version) {

  public static final String NONE = "NONE";
  public static final String SHARED = "SHARED";
  public static final String UNIQUE = "UNIQUE";

  /**
   * A DRAFT campaign, not saved yet, of what staff filled in: its values as {@code d} has them,
   * valid for {@code validDays}, the code mode following which code {@code d} has.
   */
  static Campaign draft(CampaignDraft d, int validDays, Instant now) {
    String mode = d.uniquePrefix() != null ? UNIQUE : d.sharedCode() != null ? SHARED : NONE;
    AudienceFilter f = d.audience();
    return new Campaign(
        null,
        d.name(),
        d.promotion(),
        mode,
        d.sharedCode(),
        d.uniquePrefix(),
        validDays,
        f.minOrders(),
        f.lapsed(),
        f.minSpend(),
        f.days(),
        f.language(),
        d.startAt(),
        "DRAFT",
        null,
        null,
        null,
        null,
        now,
        now,
        0);
  }

  public AudienceFilter audience() {
    return new AudienceFilter(minOrders, lapsed, minSpend, historyDays, language);
  }

  public boolean hasCode() {
    return !NONE.equals(codeMode);
  }
}
