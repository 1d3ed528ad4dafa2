package pl.ordernotify.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads {@code db.properties}; a file that is not one says so about that file. */
final class DbProperties {

  private DbProperties() {}

  /** The saved url, user and password; each is null when the file does not name it. */
  static DataLocation.ConnectionSettings read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataFileException(DataFileException.Problem.PROPERTIES_UNREADABLE, file, e);
    }
    if (isBinary(bytes)) {
      throw new DataFileException(DataFileException.Problem.PROPERTIES_NOT_TEXT, file);
    }
    Properties p = new Properties();
    try (InputStreamReader r =
        new InputStreamReader(
            new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
      p.load(r);
    } catch (CharacterCodingException | IllegalArgumentException e) {
      throw new DataFileException(DataFileException.Problem.PROPERTIES_NOT_TEXT, file, e);
    } catch (IOException e) {
      throw new DataFileException(DataFileException.Problem.PROPERTIES_UNREADABLE, file, e);
    }
    if (p.getProperty("password") == null) {
      throw new DataFileException(DataFileException.Problem.PROPERTIES_NOT_TEXT, file);
    }
    return new DataLocation.ConnectionSettings(
        blankToNull(p.getProperty("url")),
        blankToNull(p.getProperty("user")),
        p.getProperty("password"));
  }

  /** Text has no NUL and almost no other control characters. */
  static boolean isBinary(byte[] bytes) {
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > bytes.length / 20;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
