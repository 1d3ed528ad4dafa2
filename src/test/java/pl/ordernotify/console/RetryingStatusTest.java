package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.messages.Retrying;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.TestDatabase;

/** Issue 12: the status bar does not say "sending works" while every send fails and is retried. */
class RetryingStatusTest {

  private final Database db = TestDatabase.inMemory();
  private final RecordingDialogs dialogs = new RecordingDialogs();

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void messagesRetriedAfterNetworkFailuresAreCountedFromTheOldestDue() {
    // given two messages waiting for another try after network failures, and one planned
    Instant first = Instant.parse("2026-12-01T13:05:00Z");
    TestMessages.insert(
        db,
        null,
        "READY",
        "+48600100200",
        "SCHEDULED",
        "RETRY",
        "The gateway could not take the SMS (SMSAPI: unreachable, code NETWORK); try 2 failed.",
        first,
        null,
        null);
    TestMessages.insert(
        db,
        null,
        "DEPARTED",
        "+48600100201",
        "SCHEDULED",
        "RETRY",
        "The gateway could not take the SMS (SMSAPI: unreachable, code NETWORK); try 1 failed.",
        first.plusSeconds(600),
        null,
        null);
    TestMessages.insert(
        db, null, "ACCEPTED", "+48600100202", "SCHEDULED", "PLANNED", null, first, null, null);

    // when the retrying state is read
    Retrying r = new MessageService(db).retrying();

    // then it counts the two, since the oldest, as a network problem
    assertThat(r).isEqualTo(new Retrying(2, first, true));
  }

  @Test
  void nothingRetriedReadsAsNone() {
    assertThat(new MessageService(db).retrying()).isEqualTo(Retrying.NONE);
  }

  @Test
  void theStatusBarSaysRetryingSinceTheTimeInsteadOfSendingWorks() {
    // given a running sender with two SMS waiting
    StatusBarViewModel status = new StatusBarViewModel(Texts.forLanguage("pl"), dialogs);
    status.show(new SenderSnapshot(SenderSnapshot.Mode.RUNNING, null, null, "till", null, 2, 0));

    // when they are being retried after network failures since 13:05 UTC
    status.showRetrying(
        new Retrying(2, Instant.parse("2026-12-01T13:05:00Z"), true), ZoneId.of("Europe/Warsaw"));

    // then the bar says so with the restaurant's time, and goes back once nothing is retried
    assertThat(status.senderTextProperty().get())
        .startsWith("Ponawianie: brak połączenia z bramką od 14:05")
        .doesNotContain("Wysyłanie działa");
    assertThat(status.senderStyleProperty().get()).isEqualTo("badge-retrying");
    status.showRetrying(Retrying.NONE, null);
    assertThat(status.senderTextProperty().get()).startsWith("Wysyłanie działa");
  }
}
