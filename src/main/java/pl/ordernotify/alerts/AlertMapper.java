package pl.ordernotify.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/**
 * manager_alert (one row per cause per day), with the status of the ALERT message that carried its
 * SMS (written by MessageMapper#insertDirect).
 */
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

  List<AlertRow> createdSince(@Param("since") Instant since);
}
