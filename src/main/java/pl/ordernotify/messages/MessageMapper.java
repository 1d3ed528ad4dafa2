package pl.ordernotify.messages;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

public interface MessageMapper extends SqlMapper {

  List<MessageRow> list(@Param("f") MessageFilter filter);

  List<MessageRow> forOrder(long orderId);

  Message findById(long id);
}
