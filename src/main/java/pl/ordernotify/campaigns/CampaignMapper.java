package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.store.SqlMapper;

/**
 * Campaigns and their recipients; SQL in CampaignMapper.xml (portable H2/PostgreSQL). Their SMS are
 * message rows: MessageMapper writes and reads them.
 */
public interface CampaignMapper extends SqlMapper {

  void insert(@Param("c") Campaign campaign, @Param("key") GeneratedId key);

  void insertTemplate(
      @Param("campaignId") long campaignId,
      @Param("language") String language,
      @Param("templateId") long templateId);

  Campaign byName(String name);

  Campaign byId(long id);

  List<Campaign> list();

  List<CampaignTemplate> templates(long campaignId);

  int setStatus(
      @Param("id") long id,
      @Param("from") List<String> from,
      @Param("to") String to,
      @Param("code") String code,
      @Param("detail") String detail,
      @Param("now") Instant now);

  int markStarted(@Param("id") long id, @Param("now") Instant now);

  int markDone(@Param("id") long id, @Param("now") Instant now);

  int note(
      @Param("id") long id,
      @Param("code") String code,
      @Param("detail") String detail,
      @Param("now") Instant now);

  List<Campaign> scheduledDue(Instant now);

  List<Campaign> withStatus(String status);

  List<Long> withUnresolved(Instant now);

  // audience and freezing

  List<Customer> audience(@Param("f") AudienceFilter filter, @Param("since") Instant since);

  List<String> codesWithPrefix(String prefix);

  void insertRecipient(@Param("r") NewRecipient recipient);

  /** Claims PENDING recipients in one statement; returns how many it took. */
  int claimAll(
      @Param("ids") List<Long> ids, @Param("retryAt") Instant retryAt, @Param("now") Instant now);

  int linkAll(@Param("ids") List<Long> ids);

  /**
   * Claimed recipients whose SMS the gateway accepted: SENT, linked to the message rows just
   * written for them.
   */
  int decideSentAll(
      @Param("ids") List<Long> ids, @Param("reason") String reason, @Param("now") Instant now);

  int countRecipients(long campaignId);

  // sending

  /**
   * Up to {@code limit} PENDING recipients with their customers' current facts, in no particular
   * order (no sort of the whole campaign).
   */
  List<Recipient> pendingRecipients(
      @Param("campaignId") long campaignId, @Param("limit") int limit);

  /** These recipients with their customers' current facts, by id. */
  List<Recipient> recipients(@Param("ids") List<Long> ids);

  List<Recipient> unresolved(
      @Param("campaignId") long campaignId, @Param("now") Instant now, @Param("limit") int limit);

  Recipient recipient(long id);

  /**
   * Claims a PENDING or SENDING recipient at {@code version}: the resolver's claim of a recipient
   * whose claim timed out.
   */
  int claim(
      @Param("id") long id,
      @Param("version") int version,
      @Param("retryAt") Instant retryAt,
      @Param("now") Instant now);

  /** Claims a recipient only while it is PENDING at {@code version}: a batch's claim. */
  int claimPending(
      @Param("id") long id,
      @Param("version") int version,
      @Param("retryAt") Instant retryAt,
      @Param("now") Instant now);

  int decide(
      @Param("id") long id,
      @Param("status") String status,
      @Param("reason") String reason,
      @Param("detail") String detail,
      @Param("now") Instant now);

  int backOff(
      @Param("id") long id,
      @Param("reason") String reason,
      @Param("detail") String detail,
      @Param("nextAt") Instant nextAt,
      @Param("now") Instant now);

  int cancelPending(@Param("campaignId") long campaignId, @Param("now") Instant now);

  /** Claimed recipients whose batch was never sent: PENDING again (none already answered). */
  int releaseAll(@Param("ids") List<Long> ids, @Param("now") Instant now);

  /** The campaign's status, its row locked until the transaction ends. */
  String lockStatus(long id);

  /**
   * Other campaigns with recipients claimed and not answered yet (a till died mid-batch): their SMS
   * may have gone and has no message row for the frequency cap to count until it is resolved.
   */
  int countUnansweredElsewhere(long campaignId);

  // results

  List<Tally> recipientTally(long campaignId);

  Redemptions redemptions(
      @Param("campaignId") long campaignId,
      @Param("sharedCode") String sharedCode,
      @Param("from") Instant from,
      @Param("to") Instant to);

  /** How many of these customers got the campaign's SMS. */
  int countSentAmong(
      @Param("campaignId") long campaignId, @Param("customerIds") List<Long> customerIds);

  /** A recipient to freeze. */
  record NewRecipient(
      long campaignId,
      long customerId,
      String language,
      String promoCode,
      String key,
      Instant now) {}

  /** A count of rows by status and reason, with the summed parts and cost where there are any. */
  record Tally(String status, String reason, long count, Long parts, BigDecimal cost) {}

  /** Orders placed with the campaign's code(s). */
  record Redemptions(long orders, BigDecimal revenue) {}
}
