package pl.ordernotify.console;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import pl.ordernotify.messages.Retrying;

/** The status bar: the sender's state in words and a badge, and the dry-run warning. */
public final class StatusBarViewModel {

  private final Texts texts;
  private final Dialogs dialogs;
  private final ReadOnlyStringWrapper senderBadge = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper senderText = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper senderDetail = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper senderStyle = new ReadOnlyStringWrapper("badge-stopped");
  private final ReadOnlyBooleanWrapper dryRun = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
  private SenderSnapshot.Mode lastMode;
  private SenderSnapshot lastSnapshot;

  public StatusBarViewModel(Texts texts, Dialogs dialogs) {
    this.texts = texts;
    this.dialogs = dialogs;
    show(SenderSnapshot.stopped());
  }

  public ReadOnlyStringProperty senderBadgeProperty() {
    return senderBadge.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty senderTextProperty() {
    return senderText.getReadOnlyProperty();
  }

  /** The gateway's own words behind a pause, labelled, for a tooltip; empty otherwise. */
  public ReadOnlyStringProperty senderDetailProperty() {
    return senderDetail.getReadOnlyProperty();
  }

  /**
   * {@code badge-running}, {@code badge-paused}, {@code badge-standby} or {@code badge-stopped}.
   */
  public ReadOnlyStringProperty senderStyleProperty() {
    return senderStyle.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dryRunProperty() {
    return dryRun.getReadOnlyProperty();
  }

  /** True while an account problem stops sending: the status bar offers to resume. */
  public ReadOnlyBooleanProperty pausedProperty() {
    return paused.getReadOnlyProperty();
  }

  public void setDryRun(boolean value) {
    dryRun.set(value);
  }

  /** Shows the sender's state; going into a pause raises a notification once. */
  public void show(SenderSnapshot s) {
    lastSnapshot = s;
    senderBadge.set(texts.of("sender.mode", s.mode()));
    senderStyle.set("badge-" + s.mode().name().toLowerCase(java.util.Locale.ROOT));
    senderText.set(describe(s));
    senderDetail.set(detail(s, texts));
    paused.set(s.mode() == SenderSnapshot.Mode.PAUSED);
    if (s.mode() == SenderSnapshot.Mode.PAUSED && lastMode != SenderSnapshot.Mode.PAUSED) {
      dialogs.notifyFailure(texts.get("sender.paused.title"), describe(s));
    }
    lastMode = s.mode();
  }

  /**
   * While the sender runs but sends keep failing transiently, says so ("retrying: no connection to
   * the gateway since 14:05") instead of "sending works"; {@link Retrying#NONE} goes back.
   */
  public void showRetrying(Retrying r, java.time.ZoneId zone) {
    if (lastMode != SenderSnapshot.Mode.RUNNING || r.count() == 0 || r.since() == null) {
      if (lastSnapshot != null && "badge-retrying".equals(senderStyle.get())) {
        show(lastSnapshot);
      }
      return;
    }
    String since =
        java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(r.since().atZone(zone));
    senderBadge.set(texts.get("sender.retrying.badge"));
    senderStyle.set("badge-retrying");
    senderText.set(
        texts.get(
            r.network() ? "sender.retrying.network" : "sender.retrying.gateway", since, r.count()));
  }

  /** The sender's state in one sentence, as the status bar and the dashboard say it. */
  public static String describe(SenderSnapshot s, Texts texts) {
    return switch (s.mode()) {
      case RUNNING ->
          s.waiting() == 0
              ? texts.get("sender.running.idle")
              : texts.get("sender.running.waiting", s.waiting());
      case PAUSED ->
          texts.get(
              "sender.paused.why",
              reason(s.pauseReason(), texts),
              s.pauseCode() == null || s.pauseCode().isBlank() ? "?" : s.pauseCode());
      case STANDBY -> texts.get("sender.standby.who", reason(s.leaseHolder(), texts));
      case STOPPED -> texts.get("sender.stopped.text");
    };
  }

  /** While paused, the gateway's own (technical, untranslated) words; empty otherwise. */
  public static String detail(SenderSnapshot s, Texts texts) {
    return s.mode() == SenderSnapshot.Mode.PAUSED
            && s.pauseReason() != null
            && !s.pauseReason().isBlank()
        ? texts.get("reason.detail", s.pauseReason())
        : "";
  }

  private String describe(SenderSnapshot s) {
    return describe(s, texts);
  }

  private static String reason(String text, Texts texts) {
    return text == null || text.isBlank() ? texts.get("sender.unknown") : text;
  }
}
