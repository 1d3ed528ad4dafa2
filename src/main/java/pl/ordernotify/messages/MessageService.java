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

  /** What failed, expired or went undelivered after {@code since} (at most 20), for alerts. */
  public List<MessageRow> failedSince(java.time.Instant since) {
    return db.withMapper(MessageMapper.class, m -> m.failedSince(since, 20));
  }

  /**
   * Messages that keep failing transiently and wait for another try (for a truthful status bar).
   */
  public Retrying retrying() {
    Retrying r = db.withMapper(MessageMapper.class, MessageMapper::retrying);
    return r == null || r.count() == 0 ? Retrying.NONE : r;
  }

  public List<MessageRow> forOrder(long orderId) {
    return db.withMapper(MessageMapper.class, m -> m.forOrder(orderId));
  }
}
