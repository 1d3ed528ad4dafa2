package pl.ordernotify.console;

import java.util.Optional;

/**
 * How the console talks to people: one plain sentence and the next step, with the technical details
 * folded away. View models use only this interface; tests record what would be shown.
 */
public interface Dialogs {

  /** A modal error: what happened, what to do next, and the details behind an expander. */
  void error(String sentence, String nextStep, Throwable details);

  /** A toast in the corner that does not stop work (sender paused, refresh failing). */
  void notifyFailure(String title, String sentence);

  /** A short confirmation toast ("3 orders marked departed"). */
  void notifyDone(String sentence);

  /** Asks a yes/no question; true when the person chose {@code yesLabel}. */
  boolean confirm(String question, String detail, String yesLabel);

  /**
   * Asks to pick one of several answers, the first being the safe one and the default.
   *
   * @return the index of the answer chosen, or -1 when the person backed out
   */
  int choose(String question, String detail, java.util.List<String> answers);

  /** Asks for the manager PIN; empty when the person cancelled. */
  Optional<String> askPin(String prompt);

  /** First run: offers the demo restaurant, saying where the data lives; true to load it. */
  boolean offerDemo(String dataDir);
}
