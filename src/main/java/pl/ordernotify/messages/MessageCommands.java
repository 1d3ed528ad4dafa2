package pl.ordernotify.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderMapper;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.SendWindow;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.store.Database;

/**
 * What staff may do to one message: cancel it while it waits, or send a failed or expired one again
 * as a new generation of the same (order, stage), so rule 1 still holds for the automatic sends.
 * The sender checks the retried message again at send time (opt-out, superseded, phone, quota).
 */
public final class MessageCommands {

  private static final Set<MessageStatus> RETRYABLE =
      Set.of(MessageStatus.FAILED, MessageStatus.EXPIRED, MessageStatus.UNDELIVERED);
  private final Database db;
  private final Clock clock;
  private final StageService stages;
  private final SettingsService settings;

  public MessageCommands(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.stages = new StageService(db);
    this.settings = new SettingsService(db);
  }

  /**
   * Cancels a scheduled message.
   *
   * @throws IllegalArgumentException when it is no longer scheduled
   */
  public void cancel(long messageId) {
    int changed =
        db.withMapper(
            MessageMapper.class,
            m ->
                m.cancelScheduled(
                    messageId,
                    Transition.CANCEL,
                    clock.instant(),
                    MessageDetail.of(DetailCode.STAFF_CANCELLED).encode()));
    if (changed != 1) {
      throw new IllegalArgumentException(
          "This SMS is no longer waiting (it may have just been sent); nothing was cancelled.");
    }
  }

  /**
   * Plans a failed, expired or undelivered order SMS again, due now.
   *
   * @return the new message's idempotency key
   * @throws IllegalArgumentException with a plain sentence when the rules do not allow it
   */
  public String retry(long messageId) {
    return db.inTransaction(
        session -> {
          MessageMapper m = session.getMapper(MessageMapper.class);
          Message old = m.findById(messageId);
          if (old == null) {
            throw new IllegalArgumentException("This SMS no longer exists.");
          }
          if (!RETRYABLE.contains(old.status()) || old.orderId() == null || old.stage() == null) {
            throw new IllegalArgumentException(
                "Only a failed, expired or undelivered order SMS can be sent again.");
          }
          if ("UNKNOWN_OUTCOME".equals(old.reason())) {
            // Rule 6: the gateway never said whether it took the earlier try; a new key could text
            // twice.
            throw new IllegalArgumentException(
                "An earlier try of this SMS got no answer from the gateway, so it may have"
                    + " reached the customer; it is not sent again.");
          }
          DeliveryOrder order = session.getMapper(OrderMapper.class).findById(old.orderId());
          if (order != null && order.orderStatus() == OrderStatus.CANCELLED) {
            throw new IllegalArgumentException(
                "The order was cancelled, so its SMS is not sent again.");
          }
          if (m.openRetries(old.orderId(), old.stage(), old.generation()) > 0) {
            throw new IllegalArgumentException(
                "This SMS has already been sent again; see the newer message.");
          }
          Instant now = clock.instant();
          Instant[] timing = timing(old.stage(), now);
          NewMessage retry =
              NewMessage.retryOf(
                  old,
                  m.maxGeneration(old.orderId(), old.stage()) + 1,
                  timing[0],
                  timing[1],
                  MessageDetail.of(
                      DetailCode.STAFF_RETRY,
                      old.reasonDetail() == null ? old.status().name() : old.reasonDetail()),
                  now);
          m.insertMessage(retry);
          return retry.idempotencyKey();
        });
  }

  /**
   * Due now for the validity of the stage; a THANK_YOU waits for its send window, as planned ones
   * do.
   */
  private Instant[] timing(String stage, Instant now) {
    if (Stage.THANK_YOU.name().equals(stage)) {
      SendWindow.Placed placed =
          SendWindow.of(stages.rule(Stage.THANK_YOU)).place(now, settings.restaurant().zone());
      return new Instant[] {placed.due(), placed.expires()};
    }
    int validity = stages.rule(Stage.valueOf(stage)).validityMinutes();
    return new Instant[] {now, now.plus(Duration.ofMinutes(validity))};
  }
}
