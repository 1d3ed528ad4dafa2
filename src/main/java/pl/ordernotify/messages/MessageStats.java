package pl.ordernotify.messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import pl.ordernotify.store.Database;

/**
 * Figures for the dashboard: what happened to messages in a period, and what still waits and why.
 */
public final class MessageStats {

  /** One message reduced to when its fate was decided, the fate, and its price. */
  public record Fact(Instant at, String status, Integer parts, BigDecimal cost) {}

  /** How many scheduled messages wait for one reason (null: simply not due yet). */
  public record Waiting(String reason, int count) {}

  private final Database db;

  public MessageStats(Database db) {
    this.db = db;
  }

  /** Messages decided (or due, while waiting) in {@code [from, to)}, test SMS excluded. */
  public List<Fact> facts(Instant from, Instant to) {
    return db.withMapper(MessageMapper.class, m -> m.facts(from, to));
  }

  public List<Waiting> waiting() {
    return db.withMapper(MessageMapper.class, MessageMapper::waiting);
  }
}
