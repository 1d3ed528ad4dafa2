package pl.ordernotify.sender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.messages.Message;
import pl.ordernotify.store.SqlMapper;

/** The sender's SQL: change detection, planning, claiming, outcomes, lease, pause and reports. */
public interface SenderMapper extends SqlMapper {

  /** A recent order whose status differs from the one last seen ({@code seenStatus} null: never seen). */
  record OrderChange(
      long orderId,
      String status,
      Instant statusChangedAt,
      Instant placedAt,
      Long customerId,
      String phone,
      String seenStatus,
      Instant seenAt) {}

  /** An open order the LATE stage may be due for (no LATE message yet). */
  record LateCandidate(
      long orderId,
      String status,
      Instant statusChangedAt,
      Instant placedAt,
      Long customerId,
      String phone,
      Integer prepMinutes) {

    OrderChange asChange() {
      return new OrderChange(orderId, status, statusChangedAt, placedAt, customerId, phone, status, null);
    }
  }

  record NewMessage(
      long orderId,
      String stage,
      Long customerId,
      Long templateId,
      String phone,
      String status,
      String reason,
      String reasonDetail,
      Instant dueAt,
      Instant expiresAt,
      String idempotencyKey,
      Instant createdAt) {}

  /**
   * The fate of a claimed message. Null gateway fields, text, parts, cost, times and phone keep what
   * the row has; {@code nextAttemptAt} and {@code nextReportAt} are always written. {@code phone} is
   * the number a send went to, which is the order's or customer's phone at send time (rule 3).
   */
  record Outcome(
      long id,
      int expectedVersion,
      String status,
      String reason,
      String reasonDetail,
      int attemptsAdded,
      Instant nextAttemptAt,
      String gateway,
      String gatewayMessageId,
      String gatewayCode,
      String smsText,
      Integer parts,
      BigDecimal cost,
      Instant sentAt,
      Instant finalAt,
      Instant nextReportAt,
      String phone,
      Instant now) {}

  record TemplateBody(long id, String kind, String language, String body) {}

  /** The lease row, with the database's own time read in the same statement ({@code databaseNow}). */
  record LeaseRow(String holder, Instant heartbeatAt, Instant expiresAt, int version, Instant databaseNow) {}

  /** The pause row; {@code accountNow} differs from {@code accountUpdatedAt} once the account changed. */
  record PauseRow(
      boolean paused, String code, String reason, Instant pausedAt, Instant accountUpdatedAt, Instant accountNow) {

    boolean accountChangedSince() {
      return accountNow != null && !accountNow.equals(accountUpdatedAt);
    }
  }

  record ReportDue(long id, String gateway, String gatewayMessageId, Instant sentAt, Instant expiresAt, int version) {}

  // change detection and planning

  List<OrderChange> changedOrders(@Param("since") Instant since);

  int baseline(@Param("since") Instant since, @Param("now") Instant now);

  int updateSeen(@Param("orderId") long orderId, @Param("status") String status, @Param("now") Instant now);

  void insertSeen(@Param("orderId") long orderId, @Param("status") String status, @Param("now") Instant now);

  void insertEvent(
      @Param("orderId") long orderId,
      @Param("status") String status,
      @Param("occurredAt") Instant occurredAt,
      @Param("now") Instant now);

  /** A cancelled order came back to a stage it had a message for: says why no second one follows. */
  int noteReopened(@Param("orderId") long orderId, @Param("stage") String stage, @Param("detail") String detail,
      @Param("now") Instant now);

  int countPlanned(@Param("orderId") long orderId, @Param("stage") String stage);

  List<LateCandidate> lateCandidates(@Param("since") Instant since);

  /** Orders of the same customer (or, for a walk-in, the same phone) placed before this one, not cancelled. */
  int countEarlierOrders(
      @Param("orderId") long orderId,
      @Param("customerId") Long customerId,
      @Param("phone") String phone,
      @Param("placedAt") Instant placedAt);

  void insertMessage(@Param("m") NewMessage message);

  int cancelPending(@Param("orderId") long orderId, @Param("detail") String detail, @Param("now") Instant now);

  TemplateBody templateBody(long id);

  // dispatching

  int expireDue(@Param("now") Instant now, @Param("detail") String detail);

  List<Message> due(@Param("now") Instant now, @Param("limit") int limit);

  List<Message> orphans(@Param("now") Instant now, @Param("limit") int limit);

  int claim(
      @Param("id") long id,
      @Param("version") int version,
      @Param("orphanAt") Instant orphanAt,
      @Param("now") Instant now);

  int reclaimOrphan(
      @Param("id") long id,
      @Param("version") int version,
      @Param("orphanAt") Instant orphanAt,
      @Param("now") Instant now);

  int apply(@Param("u") Outcome outcome);

  Long partsSentBetween(@Param("from") Instant from, @Param("to") Instant to);

  int countScheduled();

  int countWaitingForQuota();

  // lease

  LeaseRow lease();

  int takeLease(
      @Param("holder") String holder,
      @Param("now") Instant now,
      @Param("expiresAt") Instant expiresAt,
      @Param("version") int version);

  int renewLease(@Param("holder") String holder, @Param("now") Instant now, @Param("expiresAt") Instant expiresAt);

  int releaseLease(@Param("holder") String holder);

  // pause

  PauseRow pause();

  int setPause(@Param("code") String code, @Param("reason") String reason, @Param("now") Instant now);

  int clearPause();

  // delivery reports

  List<ReportDue> reportsDue(@Param("now") Instant now, @Param("limit") int limit);

  int storeReport(
      @Param("id") long id,
      @Param("status") String status,
      @Param("finalAt") Instant finalAt,
      @Param("cost") BigDecimal cost,
      @Param("detail") String detail,
      @Param("now") Instant now);

  int nextReport(@Param("id") long id, @Param("at") Instant at, @Param("reason") String reason,
      @Param("detail") String detail, @Param("now") Instant now);
}
