package pl.ordernotify.console;

/**
 * The window's size as it is remembered: the last size it had while neither maximized nor
 * minimized. Maximized is remembered on its own, so un-maximizing after a restart goes back to a
 * normal window instead of a screen-sized one.
 */
public final class WindowPlacement {

  private double width;
  private double height;

  public WindowPlacement(double width, double height) {
    this.width = width;
    this.height = height;
  }

  /** The window now has this size; kept only when it is a normal window. */
  public void resized(double newWidth, double newHeight, boolean maximized, boolean iconified) {
    if (maximized || iconified || newWidth <= 0 || newHeight <= 0) {
      return;
    }
    width = newWidth;
    height = newHeight;
  }

  /** The last normal width. */
  public double width() {
    return width;
  }

  /** The last normal height. */
  public double height() {
    return height;
  }
}
