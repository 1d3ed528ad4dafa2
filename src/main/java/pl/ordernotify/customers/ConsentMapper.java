package pl.ordernotify.customers;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/** The consent audit's SQL (ConsentMapper.xml). */
public interface ConsentMapper extends SqlMapper {

  /**
   * A customer's switches now, beside what the sender last saw of them (seen values null: never
   * seen).
   */
  record Watched(
      long id,
      String phone,
      boolean smsOptOut,
      boolean marketingConsent,
      Boolean seenOptOut,
      Boolean seenConsent) {}

  record Wording(int version, String wording, Instant createdAt) {}

  record NewEvent(
      long customerId,
      String phone,
      String field,
      boolean newValue,
      Instant at,
      String source,
      Integer wordingVersion,
      String staff,
      String detail) {}

  record Report(String status, Instant finalAt) {}

  Customer lock(long id);

  int setConsent(@Param("id") long id, @Param("value") boolean value);

  int setOptOut(@Param("id") long id, @Param("value") boolean value);

  void insertEvent(@Param("e") NewEvent event);

  List<ConsentEvent> history(long customerId);

  int countConsentEvents(long customerId);

  List<Watched> changed(int limit);

  Watched watched(long customerId);

  int insertSeen(
      @Param("id") long id, @Param("optOut") boolean optOut, @Param("consent") boolean consent);

  int updateSeen(
      @Param("id") long id,
      @Param("optOut") boolean optOut,
      @Param("consent") boolean consent,
      @Param("wasOptOut") boolean wasOptOut,
      @Param("wasConsent") boolean wasConsent);

  Wording latestWording();

  Wording wording(int version);

  int insertWording(
      @Param("version") int version, @Param("wording") String wording, @Param("at") Instant at);

  /** Customers whose phone ends in these digits (the caller compares the full number). */
  List<Customer> byPhoneTail(String tail);

  List<Report> lastReports(@Param("phone") String phone, @Param("after") Instant after);

  Instant clearedAt(String phone);

  /**
   * Customers who withdrew marketing consent or opted out in [from, to), as the audit recorded it.
   */
  List<Long> withdrawnBetween(@Param("from") Instant from, @Param("to") Instant to);

  /** The numbers (E.164) among {@code phones} that have at least one UNDELIVERED report. */
  List<String> undeliveredAmong(@Param("phones") java.util.Collection<String> phones);

  int updateClear(@Param("phone") String phone, @Param("at") Instant at, @Param("by") String by);

  int insertClear(@Param("phone") String phone, @Param("at") Instant at, @Param("by") String by);
}
