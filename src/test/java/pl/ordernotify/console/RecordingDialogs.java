package pl.ordernotify.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs that record what would have been shown and answer from a script. */
public final class RecordingDialogs implements Dialogs {

  public final List<String> errors = new ArrayList<>();
  public final List<Throwable> errorDetails = new ArrayList<>();
  public final List<String> failures = new ArrayList<>();
  public final List<String> done = new ArrayList<>();
  public final List<String> questions = new ArrayList<>();
  public final Deque<Optional<String>> pins = new ArrayDeque<>();
  public final List<String> pinPrompts = new ArrayList<>();
  public boolean confirmAnswer = true;

  /** Answers to {@link #choose}, in order; 0 (the safe first answer) once they run out. */
  public final Deque<Integer> choices = new ArrayDeque<>();

  public boolean demoAnswer;
  public int demoOffers;

  @Override
  public void error(String sentence, String nextStep, Throwable details) {
    errors.add(sentence + " " + nextStep);
    errorDetails.add(details);
  }

  @Override
  public void notifyFailure(String title, String sentence) {
    failures.add(sentence);
  }

  @Override
  public void notifyDone(String sentence) {
    done.add(sentence);
  }

  @Override
  public boolean confirm(String question, String detail, String yesLabel) {
    questions.add(question + " " + detail);
    return confirmAnswer;
  }

  @Override
  public int choose(String question, String detail, List<String> answers) {
    questions.add(question);
    return choices.isEmpty() ? 0 : choices.pop();
  }

  @Override
  public Optional<String> askPin(String prompt) {
    pinPrompts.add(prompt);
    return pins.isEmpty() ? Optional.empty() : pins.pop();
  }

  @Override
  public boolean offerDemo(String dataDir) {
    demoOffers++;
    return demoAnswer;
  }
}
