package pl.ordernotify.orders;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/**
 * Change detection (DESIGN §2): which recent orders changed status since they were last seen, the
 * "seen" marks and the journal of status events, and the order facts planning asks about.
 */
public interface ChangeMapper extends SqlMapper {

  List<OrderChange> changedOrders(@Param("since") Instant since);

  /**
   * The same comparison for one order (issue 13: the console's board names the order it changed):
   * the order when it was placed since {@code since} and its status differs from the one last seen,
   * else null.
   */
  OrderChange changedOrder(@Param("orderId") long orderId, @Param("since") Instant since);

  /**
   * A fingerprint of the statuses of the orders placed since {@code since} (issue 13): it moves
   * when an order enters or leaves the window or changes status, however the POS wrote it, and is
   * read from an index alone. Two changes between two readings could cancel out only by a hash
   * collision (about one in 2^31).
   */
  long statusFingerprint(@Param("since") Instant since);

  /**
   * Marks every recent order not seen yet as seen in its current status (the first start texts
   * none).
   */
  int baseline(@Param("since") Instant since, @Param("now") Instant now);

  int updateSeen(
      @Param("orderId") long orderId, @Param("status") String status, @Param("now") Instant now);

  void insertSeen(
      @Param("orderId") long orderId, @Param("status") String status, @Param("now") Instant now);

  void insertEvent(
      @Param("orderId") long orderId,
      @Param("status") String status,
      @Param("occurredAt") Instant occurredAt,
      @Param("now") Instant now);

  /** Open orders seen in their current status, with a promised time and no LATE message yet. */
  List<LateCandidate> lateCandidates(@Param("since") Instant since);

  /**
   * Orders of the same customer (or, for a walk-in, the same phone) placed before this one, not
   * cancelled.
   */
  int countEarlierOrders(
      @Param("orderId") long orderId,
      @Param("customerId") Long customerId,
      @Param("phone") String phone,
      @Param("placedAt") Instant placedAt);
}
