package pl.ordernotify.console;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips for text that may be long: quick to appear, wrapped, shown while the pointer rests. */
public final class Tips {

  private Tips() {}

  /** A wrapped tooltip, or null for empty text so that no empty box appears. */
  public static Tooltip wrapping(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Tooltip tip = new Tooltip(text);
    tip.setShowDelay(Duration.millis(250));
    tip.setShowDuration(Duration.INDEFINITE);
    tip.setWrapText(true);
    tip.setMaxWidth(460);
    return tip;
  }
}
