package pl.ordernotify.sender;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/** The change probe's one statement (issue 13): what the whole pass would find to do now. */
public interface ProbeMapper extends SqlMapper {

  /**
   * @param changedOrders recent orders whose status differs from the one last seen (DESIGN §2)
   * @param dueMessages scheduled messages due now
   * @param paused whether sending is paused ('sender resume' in another process clears it)
   */
  record Probe(int changedOrders, int dueMessages, boolean paused) {}

  Probe probe(@Param("since") Instant since, @Param("now") Instant now);
}
