package pl.ordernotify.messages;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

public interface MessageStatsMapper extends SqlMapper {

  List<MessageStats.Fact> facts(@Param("from") Instant from, @Param("to") Instant to);

  List<MessageStats.Waiting> waiting();

  Retrying retrying();
}
