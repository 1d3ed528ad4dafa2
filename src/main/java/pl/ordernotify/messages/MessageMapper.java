package pl.ordernotify.messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.store.SqlMapper;

/**
 * The one mapper of the {@code message} table: lists, planning, the sender's claim and outcomes,
 * delivery reports, staff's commands, campaign SMS and their frequency caps, SMS sent at once
 * ({@link DirectSms}) and the dashboard's figures. Every status change takes a {@link Transition}
 * or an {@link Outcome}, both checked against {@link MessageStatus#next()}. Its XML also holds the
 * few fragments that other features' statements include where one statement must join their table
 * with this one (campaign recipients' links, consent's delivery reports, the sender's probe).
 */
public interface MessageMapper extends SqlMapper {

  // reading

  List<MessageRow> list(@Param("f") MessageFilter filter);

  List<MessageRow> forOrder(long orderId);

  Message findById(long id);

  /** Messages that ended FAILED, EXPIRED or UNDELIVERED after {@code since}, oldest first. */
  List<MessageRow> failedSince(@Param("since") Instant since, @Param("limit") int limit);

  // planning

  int countPlanned(@Param("orderId") long orderId, @Param("stage") String stage);

  void insertMessage(@Param("m") NewMessage message);

  /**
   * A cancelled order came back to a stage it had a message for: says why no second one follows.
   */
  int noteReopened(
      @Param("orderId") long orderId,
      @Param("stage") String stage,
      @Param("detail") String detail,
      @Param("now") Instant now);

  /** Cancels the order's waiting messages ({@link Transition#CANCEL}). */
  int cancelPending(
      @Param("orderId") long orderId,
      @Param("t") Transition t,
      @Param("detail") String detail,
      @Param("now") Instant now);

  // dispatching

  /** Expires the waiting messages whose validity ended ({@link Transition#EXPIRE}). */
  int expireDue(
      @Param("t") Transition t, @Param("now") Instant now, @Param("detail") String detail);

  List<Message> due(@Param("now") Instant now, @Param("limit") int limit);

  List<Message> orphans(@Param("now") Instant now, @Param("limit") int limit);

  /** Claims a waiting message at {@code version} ({@link Transition#CLAIM}). */
  int claim(
      @Param("t") Transition t,
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

  /** Parts sent through a real gateway (not the dry run) in {@code [from, to)}. */
  Long partsSentBetween(@Param("from") Instant from, @Param("to") Instant to);

  /**
   * Order and alert SMS due now and not held back for the quota: while there are any, campaigns
   * wait (order SMS first).
   */
  int countOrderDue(Instant now);

  int countScheduled();

  int countWaitingForQuota();

  // figures (MessageStats, MessageService#retrying)

  List<MessageStats.Fact> facts(@Param("from") Instant from, @Param("to") Instant to);

  List<MessageStats.Waiting> waiting();

  Retrying retrying();

  // delivery reports

  List<ReportDue> reportsDue(@Param("now") Instant now, @Param("limit") int limit);

  int storeReport(
      @Param("id") long id,
      @Param("t") Transition t,
      @Param("finalAt") Instant finalAt,
      @Param("cost") BigDecimal cost,
      @Param("detail") String detail,
      @Param("now") Instant now);

  int nextReport(
      @Param("id") long id,
      @Param("at") Instant at,
      @Param("reason") String reason,
      @Param("detail") String detail,
      @Param("now") Instant now);

  // staff

  /** Cancels one waiting message ({@link Transition#CANCEL}). */
  int cancelScheduled(
      @Param("id") long id,
      @Param("t") Transition t,
      @Param("now") Instant now,
      @Param("detail") String detail);

  int maxGeneration(@Param("orderId") long orderId, @Param("stage") String stage);

  int openRetries(
      @Param("orderId") long orderId,
      @Param("stage") String stage,
      @Param("generation") int generation);

  // campaign SMS (the campaign pass; see CampaignSms)

  /**
   * A campaign SMS row, written once with its outcome; a batch's rows go through one reused
   * prepared statement (cheaper in H2 than one multi-row INSERT built by MyBatis per batch).
   */
  void insertCampaignSms(@Param("m") CampaignSms row);

  CampaignSms.Stored campaignSmsText(long id);

  /** A campaign SMS left SENDING (unclear answer) turned SENT once resolved. */
  int campaignSmsSent(
      @Param("id") long id,
      @Param("gateway") String gateway,
      @Param("gatewayId") String gatewayId,
      @Param("parts") Integer parts,
      @Param("cost") BigDecimal cost,
      @Param("reason") String reason,
      @Param("detail") String detail,
      @Param("nextReportAt") Instant nextReportAt,
      @Param("now") Instant now);

  int campaignSmsClosed(
      @Param("id") long id,
      @Param("status") String status,
      @Param("reason") String reason,
      @Param("detail") String detail,
      @Param("code") String code,
      @Param("now") Instant now);

  int campaignSmsNote(
      @Param("id") long id,
      @Param("reason") String reason,
      @Param("detail") String detail,
      @Param("now") Instant now);

  /**
   * Campaign SMS these customers got (or may have got) in the last day and week, for the frequency
   * caps; customers with none are left out.
   */
  List<CampaignSms.CapCount> recentCampaignSms(
      @Param("ids") List<Long> customerIds,
      @Param("dayAgo") Instant dayAgo,
      @Param("weekAgo") Instant weekAgo);

  /** The SMS linked to the campaign's recipients, counted by status with their parts and cost. */
  List<CampaignSms.Tally> campaignSmsTally(long campaignId);

  // sent at once (alerts, campaign tests)

  /** Writes an SMS the gateway has already answered; {@code id} receives the row's id. */
  void insertDirect(@Param("m") DirectSms sms, @Param("id") GeneratedId id);
}
