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

  public AudienceFilter audience() {
    return new AudienceFilter(minOrders, lapsed, minSpend, historyDays, language);
  }

  public boolean hasCode() {
    return !NONE.equals(codeMode);
  }
}
