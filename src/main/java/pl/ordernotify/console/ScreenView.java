package pl.ordernotify.console;

/** A screen's view: told when it is shown, hidden, and every couple of seconds while shown. */
public interface ScreenView {

  /** The screen came into view: load fresh data. */
  void activate();

  /** Every ~2 s while shown; screens that follow live data refresh here. */
  default void tick() {}

  default void deactivate() {}

  /** Asked before another screen is shown; false keeps this one (e.g. to save unsaved changes). */
  default boolean mayLeave() {
    return true;
  }
}
