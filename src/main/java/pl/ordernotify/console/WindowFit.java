package pl.ordernotify.console;

/**
 * The window's size for the screen it opens on: maximised on small screens (up to 1366×768, the
 * tills and laptops a restaurant has), otherwise the remembered size, never larger than the screen.
 */
public record WindowFit(
    double width, double height, boolean maximized, double minWidth, double minHeight) {

  static final double SMALL_WIDTH = 1366;
  static final double SMALL_HEIGHT = 768;
  private static final double MIN_WIDTH = 900;
  private static final double MIN_HEIGHT = 600;

  /**
   * @param screenWidth the usable width of the screen (without task bars)
   * @param screenHeight the usable height of the screen
   */
  public static WindowFit of(StartupState state, double screenWidth, double screenHeight) {
    boolean small = screenWidth <= SMALL_WIDTH || screenHeight <= SMALL_HEIGHT;
    // A small screen gets the whole screen as the size too: a till without a window manager ignores
    // "maximised".
    double width = small ? screenWidth : Math.min(state.width(), screenWidth);
    double height = small ? screenHeight : Math.min(state.height(), screenHeight);
    return new WindowFit(
        width,
        height,
        small || state.maximized(),
        Math.min(MIN_WIDTH, screenWidth),
        Math.min(MIN_HEIGHT, screenHeight));
  }
}
