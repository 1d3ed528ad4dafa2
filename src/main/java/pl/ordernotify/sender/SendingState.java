package pl.ordernotify.sender;

import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.store.Database;

/**
 * The sending state as stored in the database, readable from any process: 'messages list' prints
 * it, 'sender resume' lifts a pause while the sender runs elsewhere.
 */
public record SendingState(
    boolean paused, String pauseCode, String pauseReason, int waiting, int waitingQuota) {

  public static SendingState read(Database db) {
    return db.inTransaction(
        session -> {
          SenderMapper.PauseRow p = session.getMapper(SenderMapper.class).pause();
          MessageMapper m = session.getMapper(MessageMapper.class);
          return new SendingState(
              p.paused(), p.code(), p.reason(), m.countScheduled(), m.countWaitingForQuota());
        });
  }

  /**
   * Pauses all sending for an account problem found outside the sender ('send-test'), as the sender
   * itself would. Returns false when sending was already paused.
   */
  public static boolean pause(Database db, String code, String reason, java.time.Instant now) {
    return db.withMapper(SenderMapper.class, m -> m.setPause(code, reason, now)) == 1;
  }

  /**
   * Lifts an account pause; the running sender sees it on its next pass. Returns false when not
   * paused.
   */
  public static boolean lift(Database db) {
    return db.withMapper(SenderMapper.class, m -> m.pause().paused() && m.clearPause() == 1);
  }

  /**
   * One line for lists and the console, or null when sending is neither paused nor held by the
   * quota.
   */
  public String headline() {
    if (paused) {
      return "Sending is paused: "
          + pauseReason
          + ". Fix the gateway account, then run 'ordernotify sender resume'.";
    }
    if (waitingQuota > 0) {
      return "The monthly SMS limit is reached: "
          + waitingQuota
          + " message(s) wait. Raise sms.monthlyCapParts or wait for next month.";
    }
    return null;
  }
}
