package pl.ordernotify.templates;

import java.util.List;

/** A template was not saved because its body is invalid; the message names the first problem. */
public final class TemplateRejectedException extends IllegalArgumentException {

  private final transient List<TemplateProblem> problems;

  public TemplateRejectedException(String message, List<TemplateProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<TemplateProblem> problems() {
    return problems;
  }
}
