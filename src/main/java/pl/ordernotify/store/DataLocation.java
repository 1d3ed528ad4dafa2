package pl.ordernotify.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Where OrderNotify keeps its data (DESIGN §2): {@code --data-dir}, else {@code ORDERNOTIFY_HOME},
 * else {@code ~/.ordernotify}; {@code --db-url} points at another database instead of the file.
 */
public final class DataLocation {

  public static final String DB_FILE_NAME = "ordernotify";
  public static final String DB_USER = "ordernotify";

  private final Path dataDir;
  private final String explicitUrl;
  private final Path passwordFile;

  private DataLocation(Path dataDir, String explicitUrl, Path passwordFile) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.explicitUrl = explicitUrl;
    this.passwordFile = passwordFile;
  }

  /** Resolves the data directory from the option, then the environment, then the home folder. */
  public static DataLocation resolve(
      Path dataDirOption, String dbUrlOption, Map<String, String> env) {
    Path dir;
    if (dataDirOption != null) {
      dir = dataDirOption;
    } else if (env.get("ORDERNOTIFY_HOME") != null && !env.get("ORDERNOTIFY_HOME").isBlank()) {
      dir = Path.of(env.get("ORDERNOTIFY_HOME"));
    } else {
      dir = Path.of(System.getProperty("user.home"), ".ordernotify");
    }
    String url = dbUrlOption == null || dbUrlOption.isBlank() ? null : dbUrlOption;
    return new DataLocation(dir, url, null);
  }

  /**
   * The same location, with the database password read from {@code file} ({@code
   * --db-password-file}).
   */
  public DataLocation withPasswordFile(Path file) {
    return new DataLocation(dataDir, explicitUrl, file);
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path logDir() {
    return dataDir.resolve("logs");
  }

  public Path dbPropertiesFile() {
    return dataDir.resolve("db.properties");
  }

  /**
   * The embedded default: an H2 file opened with AUTO_SERVER so the POS can share it, and with
   * {@code WRITE_DELAY=0} so a commit is in the file before it returns (see {@link DurableUrl}).
   */
  public String defaultUrl() {
    return "jdbc:h2:file:"
        + dataDir.resolve(DB_FILE_NAME).toString().replace('\\', '/')
        + ";AUTO_SERVER=TRUE"
        + DurableUrl.SETTING;
  }

  /** The database file itself; its lock and trace files sit beside it. */
  public Path databaseFile() {
    return dataDir.resolve(DB_FILE_NAME + ".mv.db");
  }

  public boolean usesExplicitUrl() {
    return explicitUrl != null;
  }

  /**
   * The connection settings. For the embedded file the first start writes {@code db.properties}
   * (owner-only) with a generated password, which the POS integrator copies into the POS.
   */
  public ConnectionSettings connectionSettings() throws IOException {
    PrivateFiles.createDirectory(dataDir);
    PrivateFiles.tighten(dataDir);
    Path file = dbPropertiesFile();
    if (Files.exists(file)) {
      ConnectionSettings saved = DbProperties.read(file);
      String savedUrl = saved.url() == null ? defaultUrl() : saved.url();
      if (!DurableUrl.isDurable(savedUrl)) {
        // Written by an older version: the POS copies this line, so it must carry the setting too.
        savedUrl = DurableUrl.of(savedUrl);
        writeOwnerOnly(file, new ConnectionSettings(savedUrl, saved.user(), saved.password()));
      }
      String url = explicitUrl != null ? explicitUrl : savedUrl;
      return new ConnectionSettings(
          url,
          saved.user() == null ? DB_USER : saved.user(),
          password(saved.password() == null ? "" : saved.password()));
    }
    if (explicitUrl != null && !explicitUrl.startsWith("jdbc:h2:")) {
      // A server (PostgreSQL): its credentials are the administrator's, never generated here. With
      // no password file the driver may still find one in ~/.pgpass.
      return new ConnectionSettings(explicitUrl, DB_USER, password(null));
    }
    if (explicitUrl == null && Files.exists(databaseFile())) {
      // A new random password would lock OrderNotify out of its own database for good.
      throw new DataFileException(DataFileException.Problem.PROPERTIES_MISSING, file);
    }
    // Kept even with --db-url: a database created with these credentials must open again next time.
    ConnectionSettings created = new ConnectionSettings(defaultUrl(), DB_USER, generatePassword());
    writeOwnerOnly(file, created);
    return explicitUrl != null
        ? new ConnectionSettings(explicitUrl, created.user(), created.password())
        : created;
  }

  /**
   * The password from {@code --db-password-file} when given (its first line), else {@code
   * fallback}.
   */
  private String password(String fallback) throws IOException {
    if (passwordFile == null) {
      return fallback;
    }
    if (!Files.isReadable(passwordFile)) {
      throw new StoreException(
          "The database password file "
              + passwordFile
              + " cannot be read."
              + " Check the --db-password-file you gave.");
    }
    return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
        .findFirst()
        .orElse("")
        .strip();
  }

  private static void writeOwnerOnly(Path file, ConnectionSettings s) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp);
    restrictToOwner(tmp);
    // Written by hand: Properties.store would escape every ':' and '=' in the URL, and people copy
    // these lines into the POS. Unescaped, they still load as properties (no value has a
    // backslash).
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(
          "# OrderNotify database: copy url, user and password into the POS settings\n"
              + "url="
              + s.url()
              + "\nuser="
              + s.user()
              + "\npassword="
              + s.password()
              + "\n");
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Makes a file readable and writable by its owner only, where the file system knows owners. */
  public static void restrictToOwner(Path file) throws IOException {
    PrivateFiles.restrict(file, false);
  }

  private static String generatePassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** JDBC URL, user and password. {@code toString} never shows the password. */
  public record ConnectionSettings(String url, String user, String password) {
    @Override
    public String toString() {
      return "ConnectionSettings[url=" + url + ", user=" + user + "]";
    }
  }
}
