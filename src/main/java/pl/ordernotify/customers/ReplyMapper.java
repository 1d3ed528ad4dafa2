package pl.ordernotify.customers;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/** Replies read from the gateway's inbox (ReplyMapper.xml). */
public interface ReplyMapper extends SqlMapper {

  int exists(@Param("gateway") String gateway, @Param("replyId") String replyId);

  int insert(
      @Param("gateway") String gateway,
      @Param("replyId") String replyId,
      @Param("phone") String phone,
      @Param("customerId") Long customerId,
      @Param("text") String text,
      @Param("receivedAt") Instant receivedAt,
      @Param("readAt") Instant readAt,
      @Param("stop") boolean stop);

  List<Replies.Reply> recent(int limit);
}
