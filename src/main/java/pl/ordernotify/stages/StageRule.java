package pl.ordernotify.stages;

import java.time.LocalTime;
import java.util.Map;

/**
 * How one stage behaves.
 *
 * @param templates template name per language ("pl" → "przyjete-pl"); the customer's language picks
 * @param daysAfter THANK_YOU only: days after placed_at
 * @param windowStart THANK_YOU only: send window opening (local restaurant time)
 * @param graceMinutes LATE only: minutes after the promised time before the LATE SMS (the setting)
 * @param conditions what an order must meet for this stage's SMS; {@link StageConditions#NONE} =
 *     all orders
 */
public record StageRule(
    Stage stage,
    boolean enabled,
    int delayMinutes,
    int validityMinutes,
    Integer daysAfter,
    LocalTime windowStart,
    LocalTime windowEnd,
    Map<String, String> templates,
    int graceMinutes,
    StageConditions conditions) {

  /** A rule with no conditions and the default grace, as tests and older callers build it. */
  public StageRule(
      Stage stage,
      boolean enabled,
      int delayMinutes,
      int validityMinutes,
      Integer daysAfter,
      LocalTime windowStart,
      LocalTime windowEnd,
      Map<String, String> templates) {
    this(
        stage,
        enabled,
        delayMinutes,
        validityMinutes,
        daysAfter,
        windowStart,
        windowEnd,
        templates,
        DEFAULT_GRACE_MINUTES,
        StageConditions.NONE);
  }

  public static final int DEFAULT_GRACE_MINUTES = 10;
}
