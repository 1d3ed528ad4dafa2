package pl.ordernotify.store;

import java.nio.file.Path;

/**
 * A file in the data folder that OrderNotify cannot use. Carries a code and the file so a screen
 * can word it; the message is the command line's one sentence.
 */
public final class DataFileException extends StoreException {

  /** What is wrong with the file. */
  public enum Problem {
    PROPERTIES_MISSING,
    PROPERTIES_UNREADABLE,
    PROPERTIES_NOT_TEXT
  }

  private final Problem problem;
  private final Path file;

  public DataFileException(Problem problem, Path file) {
    this(problem, file, null);
  }

  public DataFileException(Problem problem, Path file, Throwable cause) {
    super(sentence(problem, file), cause);
    this.problem = problem;
    this.file = file;
  }

  public Problem problem() {
    return problem;
  }

  public Path file() {
    return file;
  }

  private static String sentence(Problem problem, Path file) {
    return switch (problem) {
      case PROPERTIES_MISSING ->
          "The database "
              + file.resolveSibling(DataLocation.DB_FILE_NAME + ".mv.db")
              + " is there but its "
              + file.getFileName()
              + " (the database's url, user and password) is missing."
              + " Restore "
              + file
              + " from a backup, or write it again with the url, user and password the POS"
              + " connects with; nothing was changed.";
      case PROPERTIES_UNREADABLE ->
          "The file "
              + file
              + " cannot be read. Give the user running OrderNotify"
              + " permission to read it, then start again.";
      case PROPERTIES_NOT_TEXT ->
          "The file "
              + file
              + " is not a readable db.properties (it should be text"
              + " lines url=…, user=… and password=…). Restore it from a backup or from the POS settings.";
    };
  }
}
