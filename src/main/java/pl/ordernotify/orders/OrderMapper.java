package pl.ordernotify.orders;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.store.SqlMapper;

public interface OrderMapper extends SqlMapper {

  DeliveryOrder findById(long id);

  DeliveryOrder findByNo(String orderNo);

  /** Orders placed at or after {@code since}, newest first. */
  List<DeliveryOrder> placedSince(Instant since);

  void insert(@Param("o") DeliveryOrder order, @Param("key") GeneratedId key);

  int updateStatus(
      @Param("id") long id, @Param("status") String status, @Param("changedAt") Instant changedAt);

  long count();

  /** The status an order had before the board cancelled it, and when. */
  record Cancellation(String previousStatus, Instant cancelledAt) {}

  int forgetCancellation(long id);

  void rememberCancellation(
      @Param("id") long id, @Param("previous") String previous, @Param("at") Instant at);

  Cancellation cancellation(long id);
}
