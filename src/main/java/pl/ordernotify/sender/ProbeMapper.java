package pl.ordernotify.sender;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/** The change probe's one statement (issue 13): what the whole pass would find to do now. */
public interface ProbeMapper extends SqlMapper {

  /**
   * @param lastOrderId the newest order's id: a new order
   * @param lastStatusChange the latest {@code status_changed_at}: a status change, as the POS
   *     stamps it
   * @param dueMessages scheduled messages due now
   * @param paused whether sending is paused ('sender resume' in another process clears it)
   */
  record Probe(Long lastOrderId, Instant lastStatusChange, int dueMessages, boolean paused) {}

  Probe probe(@Param("now") Instant now);
}
