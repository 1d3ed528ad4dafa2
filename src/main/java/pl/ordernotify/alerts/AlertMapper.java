package pl.ordernotify.alerts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.store.SqlMapper;

/** manager_alert (one row per cause per day) and the ALERT message rows that carry the SMS. */
public interface AlertMapper extends SqlMapper {

  /**
   * The alert of one cause on one day, with the status of its latest SMS ({@code smsStatus} null:
   * no SMS).
   */
  record AlertRow(
      String cause,
      LocalDate alertDay,
      Long messageId,
      String detail,
      Instant createdAt,
      String smsStatus,
      String smsReason) {}

  /** An alert SMS as it went out (or did not): a finished message row of kind ALERT. */
  record AlertSms(
      String phone,
      String status,
      String reason,
      String reasonDetail,
      String idempotencyKey,
      String gateway,
      String gatewayMessageId,
      String gatewayCode,
      String smsText,
      Integer parts,
      BigDecimal cost,
      Instant sentAt,
      Instant now) {}

  AlertRow find(@Param("cause") String cause, @Param("day") LocalDate day);

  void insertAlert(
      @Param("cause") String cause,
      @Param("day") LocalDate day,
      @Param("detail") String detail,
      @Param("now") Instant now);

  int linkMessage(
      @Param("cause") String cause,
      @Param("day") LocalDate day,
      @Param("messageId") long messageId);

  void insertSms(@Param("s") AlertSms sms, @Param("id") GeneratedId id);

  List<AlertRow> createdSince(@Param("since") Instant since);
}
