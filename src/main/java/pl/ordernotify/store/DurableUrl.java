package pl.ordernotify.store;

import java.util.Locale;

/**
 * H2's commit durability. By default H2 keeps a commit in memory for up to {@code WRITE_DELAY} (500
 * ms) before writing it to the file, so killing the process that hosts the database (the one that
 * opened it first, which serves the others through AUTO_SERVER) loses commits that other processes
 * were already told had succeeded. With {@code WRITE_DELAY=0} every commit is written to the file
 * before it returns: it then survives the death of any process. It is not forced to the disk (no
 * fsync), so a power cut can still lose the last second or so of commits; see
 * docs/pos-integration.md.
 *
 * <p>H2 reads the setting from the URL of whoever opens the file first, and runs it as {@code SET
 * WRITE_DELAY 0} for every later connection that carries it, so a connection with this URL also
 * fixes a database that a POS opened with an older URL.
 */
public final class DurableUrl {

  /** Appended to every H2 file URL OrderNotify writes or opens. */
  public static final String SETTING = ";WRITE_DELAY=0";

  private DurableUrl() {}

  /**
   * True for URLs that need nothing added: not an embedded H2 file (another engine, in memory, an
   * H2 server whose own settings apply), or one already carrying the setting.
   */
  public static boolean isDurable(String url) {
    String u = url.toUpperCase(Locale.ROOT);
    boolean embeddedFile =
        u.startsWith("JDBC:H2:")
            && !u.startsWith("JDBC:H2:MEM:")
            && !u.startsWith("JDBC:H2:TCP:")
            && !u.startsWith("JDBC:H2:SSL:")
            && !u.startsWith("JDBC:H2:ZIP:");
    return !embeddedFile || u.contains(";WRITE_DELAY=");
  }

  /** {@code url} with {@code WRITE_DELAY=0} added where it is an H2 database without it. */
  public static String of(String url) {
    return isDurable(url) ? url : url + SETTING;
  }
}
