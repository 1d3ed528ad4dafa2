package pl.ordernotify.stages;

/**
 * A change to one stage; null fields stay as they are.
 *
 * @param window THANK_YOU send window as {@code HH:MM-HH:MM}
 * @param graceMinutes LATE only: minutes after the promised time
 * @param conditions the stage's whole new set of conditions ({@link StageConditions#NONE} clears
 *     them)
 */
public record StageChange(
    Stage stage,
    Boolean enabled,
    String templateName,
    Integer delayMinutes,
    Integer validityMinutes,
    Integer daysAfter,
    String window,
    Integer graceMinutes,
    StageConditions conditions) {

  public StageChange(
      Stage stage,
      Boolean enabled,
      String templateName,
      Integer delayMinutes,
      Integer validityMinutes,
      Integer daysAfter,
      String window) {
    this(
        stage, enabled, templateName, delayMinutes, validityMinutes, daysAfter, window, null, null);
  }

  public static StageChange of(Stage stage) {
    return new StageChange(stage, null, null, null, null, null, null);
  }

  public StageChange withGrace(int minutes) {
    return new StageChange(
        stage,
        enabled,
        templateName,
        delayMinutes,
        validityMinutes,
        daysAfter,
        window,
        minutes,
        conditions);
  }

  public StageChange withConditions(StageConditions value) {
    return new StageChange(
        stage,
        enabled,
        templateName,
        delayMinutes,
        validityMinutes,
        daysAfter,
        window,
        graceMinutes,
        value);
  }

  public StageChange withEnabled(boolean value) {
    return new StageChange(
        stage,
        value,
        templateName,
        delayMinutes,
        validityMinutes,
        daysAfter,
        window,
        graceMinutes,
        conditions);
  }

  public StageChange withTemplate(String name) {
    return new StageChange(
        stage,
        enabled,
        name,
        delayMinutes,
        validityMinutes,
        daysAfter,
        window,
        graceMinutes,
        conditions);
  }

  public StageChange withDelay(int minutes) {
    return new StageChange(
        stage,
        enabled,
        templateName,
        minutes,
        validityMinutes,
        daysAfter,
        window,
        graceMinutes,
        conditions);
  }

  public StageChange withValidity(int minutes) {
    return new StageChange(
        stage,
        enabled,
        templateName,
        delayMinutes,
        minutes,
        daysAfter,
        window,
        graceMinutes,
        conditions);
  }

  public StageChange withDays(int days) {
    return new StageChange(
        stage,
        enabled,
        templateName,
        delayMinutes,
        validityMinutes,
        days,
        window,
        graceMinutes,
        conditions);
  }

  public StageChange withWindow(String text) {
    return new StageChange(
        stage,
        enabled,
        templateName,
        delayMinutes,
        validityMinutes,
        daysAfter,
        text,
        graceMinutes,
        conditions);
  }
}
