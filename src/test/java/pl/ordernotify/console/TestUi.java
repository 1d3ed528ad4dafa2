package pl.ordernotify.console;

import java.time.Clock;

/** A {@link Ui} for view model tests: same-thread work, recorded dialogs, English words. */
public final class TestUi {

  private TestUi() {}

  public static Ui english(RecordingDialogs dialogs, Clock clock) {
    return new Ui(new SameThreadBackground(), dialogs, Texts.forLanguage("en"), clock);
  }
}
