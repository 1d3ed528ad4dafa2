package pl.ordernotify.messages;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/** Staff's changes to single messages: cancel a scheduled one, plan a failed one again. */
public interface MessageCommandMapper extends SqlMapper {

  int cancelScheduled(@Param("id") long id, @Param("now") Instant now, @Param("detail") String detail);

  String orderStatus(long orderId);

  int maxGeneration(@Param("orderId") long orderId, @Param("stage") String stage);

  int openRetries(@Param("orderId") long orderId, @Param("stage") String stage, @Param("generation") int generation);

  void insertRetry(@Param("m") Message m);
}
