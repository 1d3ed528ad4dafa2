package pl.ordernotify.console;

/** Where the console's stylesheet lives. */
public final class ConsoleStyles {

  public static final String STYLESHEET =
      ConsoleStyles.class.getResource("/pl/ordernotify/console/console.css").toExternalForm();

  private ConsoleStyles() {}
}
