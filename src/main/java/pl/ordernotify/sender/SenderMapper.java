package pl.ordernotify.sender;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/**
 * The sender's own SQL: the stage's template, the lease and the pause (messages and orders own
 * their tables' SQL).
 */
public interface SenderMapper extends SqlMapper {

  record TemplateBody(long id, String kind, String language, String body) {}

  /**
   * The lease row, with the database's own time read in the same statement ({@code databaseNow}).
   */
  record LeaseRow(
      String holder, Instant heartbeatAt, Instant expiresAt, int version, Instant databaseNow) {}

  /**
   * The pause row; {@code accountNow} differs from {@code accountUpdatedAt} once the account
   * changed.
   */
  record PauseRow(
      boolean paused,
      String code,
      String reason,
      Instant pausedAt,
      Instant accountUpdatedAt,
      Instant accountNow) {

    boolean accountChangedSince() {
      return accountNow != null && !accountNow.equals(accountUpdatedAt);
    }
  }

  TemplateBody templateBody(long id);

  // lease

  LeaseRow lease();

  int takeLease(
      @Param("holder") String holder,
      @Param("now") Instant now,
      @Param("expiresAt") Instant expiresAt,
      @Param("version") int version);

  int renewLease(
      @Param("holder") String holder,
      @Param("now") Instant now,
      @Param("expiresAt") Instant expiresAt);

  int releaseLease(@Param("holder") String holder);

  // pause

  PauseRow pause();

  int setPause(
      @Param("code") String code, @Param("reason") String reason, @Param("now") Instant now);

  int clearPause();
}
