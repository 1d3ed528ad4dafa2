package pl.ordernotify.templates;

/** A template file that cannot be read; the message names the file and, when known, the line. */
public final class TemplateFileException extends Exception {
  private final String fileName;
  private final int line;

  /**
   * @param fileName the file's name as the user knows it
   * @param line 1-based line of the problem, or 0 when it concerns the whole file
   * @param detail what is wrong and how to fix it
   */
  public TemplateFileException(String fileName, int line, String detail) {
    super(line > 0 ? fileName + ", line " + line + ": " + detail : fileName + ": " + detail);
    this.fileName = fileName;
    this.line = line;
  }

  public String fileName() {
    return fileName;
  }

  /** 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
