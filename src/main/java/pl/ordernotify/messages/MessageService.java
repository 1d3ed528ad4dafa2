package pl.ordernotify.messages;

import java.util.List;
import pl.ordernotify.store.Database;

/** The message history: what was planned, sent, skipped, and why. */
public final class MessageService {

  private final Database db;

  public MessageService(Database db) {
    this.db = db;
  }

  public List<MessageRow> list(MessageFilter filter) {
    return db.withMapper(MessageMapper.class, m -> m.list(filter));
  }

  public List<MessageRow> forOrder(long orderId) {
    return db.withMapper(MessageMapper.class, m -> m.forOrder(orderId));
  }
}
