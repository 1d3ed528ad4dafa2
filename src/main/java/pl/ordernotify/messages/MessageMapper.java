package pl.ordernotify.messages;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

public interface MessageMapper extends SqlMapper {

  List<MessageRow> list(@Param("f") MessageFilter filter);

  List<MessageRow> forOrder(long orderId);

  Message findById(long id);

  /** Messages that ended FAILED, EXPIRED or UNDELIVERED after {@code since}, oldest first. */
  List<MessageRow> failedSince(@Param("since") java.time.Instant since, @Param("limit") int limit);
}
