package pl.ordernotify.stages;

import java.time.LocalTime;
import java.util.Map;

/**
 * How one stage behaves.
 *
 * @param templates template name per language ("pl" → "przyjete-pl"); the customer's language picks
 * @param daysAfter THANK_YOU only: days after placed_at
 * @param windowStart THANK_YOU only: send window opening (local restaurant time)
 */
public record StageRule(
    Stage stage,
    boolean enabled,
    int delayMinutes,
    int validityMinutes,
    Integer daysAfter,
    LocalTime windowStart,
    LocalTime windowEnd,
    Map<String, String> templates) {}
