package pl.ordernotify.templates;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code .sms.txt} template files of {@code sample-templates/} (format described in
 * sample-templates/README.md): a header of {@code key: value} lines, a line {@code ---}, then the
 * body. The parser checks the format only; the body's placeholders are checked by {@link
 * TemplateValidator} when the draft is imported.
 */
public final class TemplateFile {
  /** The extension template files carry. */
  public static final String EXTENSION = ".sms.txt";

  private static final String SEPARATOR = "---";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final List<String> STAGES =
      List.of("ACCEPTED", "READY", "DEPARTED", "LATE", "THANK_YOU");
  private static final Set<String> KEYS = Set.of("name", "kind", "language", "stage");

  private TemplateFile() {}

  /** Reads a UTF-8 template file. */
  public static TemplateDraft parse(Path file) throws TemplateFileException {
    String fileName = String.valueOf(file.getFileName());
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), fileName);
    } catch (CharacterCodingException e) {
      throw new TemplateFileException(fileName, 0, "is not UTF-8 text; save it as UTF-8.");
    } catch (IOException e) {
      throw new TemplateFileException(fileName, 0, "cannot be read (" + e.getMessage() + ").");
    }
  }

  /** Parses a template file's content; {@code fileName} is only used in error messages. */
  public static TemplateDraft parse(String content, String fileName) throws TemplateFileException {
    String[] lines = normalise(content).split("\n", -1);
    Map<String, String> header = new HashMap<>();
    Map<String, Integer> headerLines = new HashMap<>();
    int separator = -1;
    for (int i = 0; i < lines.length && separator < 0; i++) {
      String line = lines[i].strip();
      if (line.equals(SEPARATOR)) {
        separator = i;
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        readHeaderLine(line, i + 1, fileName, header, headerLines);
      }
    }
    if (separator < 0) {
      throw new TemplateFileException(
          fileName, 0, "has no line '---' between the header and the message text.");
    }
    String body = String.join("\n", List.of(lines).subList(separator + 1, lines.length));
    body = body.replaceFirst("\n+$", "");
    if (body.isBlank()) {
      throw new TemplateFileException(
          fileName, separator + 2, "the message text after '---' is empty.");
    }
    return draft(new Header(header, headerLines, fileName, separator + 1), body);
  }

  private static String normalise(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static void readHeaderLine(
      String line,
      int number,
      String fileName,
      Map<String, String> header,
      Map<String, Integer> lines)
      throws TemplateFileException {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw new TemplateFileException(
          fileName,
          number,
          "expected 'key: value' (name, kind, language or stage) or the line '---'.");
    }
    String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    if (!KEYS.contains(key)) {
      throw new TemplateFileException(
          fileName, number, "unknown key '" + key + "'; use name, kind, language or stage.");
    }
    if (header.containsKey(key)) {
      throw new TemplateFileException(fileName, number, "'" + key + "' is given twice.");
    }
    header.put(key, line.substring(colon + 1).strip());
    lines.put(key, number);
  }

  private static TemplateDraft draft(Header header, String body) throws TemplateFileException {
    String name = header.required("name");
    if (!NAME.matcher(name).matches()) {
      throw header.error(
          "name",
          "name '"
              + name
              + "' may have only letters, digits, '.', '_'"
              + " and '-', at most 64 characters, and must not start with a symbol.");
    }
    TemplateKind kind = kind(header);
    String language = header.required("language");
    if (!LANGUAGE.matcher(language).matches()) {
      throw header.error(
          "language",
          "language '" + language + "' must be a two-letter lower-case code such as pl or en.");
    }
    String stage = header.optional("stage");
    if (stage != null && kind != TemplateKind.ORDER) {
      throw header.error("stage", "only ORDER templates belong to a stage.");
    }
    if (stage != null && !STAGES.contains(stage)) {
      throw header.error("stage", "unknown stage '" + stage + "'; use one of " + STAGES + ".");
    }
    return new TemplateDraft(name, kind, language, stage, body);
  }

  private static TemplateKind kind(Header header) throws TemplateFileException {
    String kind = header.required("kind");
    try {
      return TemplateKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw header.error("kind", "unknown kind '" + kind + "'; use ORDER or CAMPAIGN.");
    }
  }

  private record Header(
      Map<String, String> values, Map<String, Integer> lines, String fileName, int separator) {

    String required(String key) throws TemplateFileException {
      String value = values.get(key);
      if (value == null || value.isEmpty()) {
        throw new TemplateFileException(
            fileName,
            lines.getOrDefault(key, separator),
            "the header needs '" + key + ": …' before the line '---'.");
      }
      return value;
    }

    String optional(String key) {
      String value = values.get(key);
      return value == null || value.isEmpty() ? null : value;
    }

    TemplateFileException error(String key, String detail) {
      return new TemplateFileException(fileName, lines.get(key), detail);
    }
  }
}
