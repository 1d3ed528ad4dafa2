package pl.ordernotify.stages;

/**
 * A change to one stage; null fields stay as they are.
 *
 * @param window THANK_YOU send window as {@code HH:MM-HH:MM}
 */
public record StageChange(
    Stage stage,
    Boolean enabled,
    String templateName,
    Integer delayMinutes,
    Integer validityMinutes,
    Integer daysAfter,
    String window) {

  public static StageChange of(Stage stage) {
    return new StageChange(stage, null, null, null, null, null, null);
  }

  public StageChange withEnabled(boolean value) {
    return new StageChange(stage, value, templateName, delayMinutes, validityMinutes, daysAfter, window);
  }

  public StageChange withTemplate(String name) {
    return new StageChange(stage, enabled, name, delayMinutes, validityMinutes, daysAfter, window);
  }

  public StageChange withDelay(int minutes) {
    return new StageChange(stage, enabled, templateName, minutes, validityMinutes, daysAfter, window);
  }

  public StageChange withValidity(int minutes) {
    return new StageChange(stage, enabled, templateName, delayMinutes, minutes, daysAfter, window);
  }

  public StageChange withDays(int days) {
    return new StageChange(stage, enabled, templateName, delayMinutes, validityMinutes, days, window);
  }

  public StageChange withWindow(String text) {
    return new StageChange(stage, enabled, templateName, delayMinutes, validityMinutes, daysAfter, text);
  }
}
