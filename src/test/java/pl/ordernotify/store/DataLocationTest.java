package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.store.DataLocation.ConnectionSettings;

/** DESIGN §2: where the data lives, and the db.properties the POS integrator copies. */
class DataLocationTest {

  @TempDir Path tmp;

  @Test
  void firstStartWritesDbPropertiesWithAGeneratedPassword() throws Exception {
    // given an empty data folder
    Path dataDir = tmp.resolve("data");
    DataLocation location = DataLocation.resolve(dataDir, null, Map.of());

    // when the connection settings are asked for the first time
    ConnectionSettings settings = location.connectionSettings();

    // then db.properties holds the AUTO_SERVER file URL, a user and a strong generated password
    Properties file = load(dataDir.resolve("db.properties"));
    String expectedUrl = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ordernotify") + ";AUTO_SERVER=TRUE";
    assertThat(file.getProperty("url")).isEqualTo(expectedUrl).isEqualTo(settings.url());
    assertThat(file.getProperty("user")).isNotBlank().isEqualTo(settings.user());
    assertThat(file.getProperty("password")).isEqualTo(settings.password())
        .hasSizeGreaterThanOrEqualTo(16).isNotEqualToIgnoringCase(settings.user())
        .isNotIn("sa", "password", "admin", "ordernotify");
    assertThat(settings.toString()).doesNotContain(settings.password());
  }

  @Test
  void dbPropertiesLinesCanBeCopiedByHand() throws Exception {
    // given a first start
    ConnectionSettings settings = DataLocation.resolve(tmp, null, Map.of()).connectionSettings();

    // when a person reads db.properties
    List<String> lines = Files.readAllLines(tmp.resolve("db.properties"), StandardCharsets.UTF_8);

    // then the URL is there as the POS needs it, with no properties escapes
    assertThat(lines).contains("url=" + settings.url(), "user=" + settings.user(),
        "password=" + settings.password());
    assertThat(settings.url()).doesNotContain("\\");
  }

  @Test
  void dbPropertiesIsReadableByItsOwnerOnly() throws Exception {
    // given a file system that knows owners
    Assumptions.assumeTrue(Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null,
        "not a POSIX file system");

    // when the first start writes db.properties
    DataLocation.resolve(tmp, null, Map.of()).connectionSettings();

    // then only its owner may read or write it
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("db.properties"))))
        .isEqualTo("rw-------");
  }

  @Test
  void laterStartsReuseTheSameCredentials() throws Exception {
    // given a data folder that was started once
    ConnectionSettings first = DataLocation.resolve(tmp, null, Map.of()).connectionSettings();
    byte[] written = Files.readAllBytes(tmp.resolve("db.properties"));

    // when it starts again
    ConnectionSettings again = DataLocation.resolve(tmp, null, Map.of()).connectionSettings();

    // then the same credentials are used and the file is left as it was
    assertThat(again).isEqualTo(first);
    assertThat(Files.readAllBytes(tmp.resolve("db.properties"))).isEqualTo(written);
  }

  @Test
  void eachDataFolderGetsItsOwnPassword() throws Exception {
    // given two data folders
    // when each starts for the first time
    ConnectionSettings one = DataLocation.resolve(tmp.resolve("one"), null, Map.of()).connectionSettings();
    ConnectionSettings two = DataLocation.resolve(tmp.resolve("two"), null, Map.of()).connectionSettings();

    // then their passwords differ
    assertThat(one.password()).isNotEqualTo(two.password());
  }

  @Test
  void dataDirOptionWinsOverTheEnvironment() {
    // given both --data-dir and ORDERNOTIFY_HOME
    Map<String, String> env = Map.of("ORDERNOTIFY_HOME", tmp.resolve("env").toString());

    // when the location is resolved
    DataLocation location = DataLocation.resolve(tmp.resolve("option"), null, env);

    // then the option is used
    assertThat(location.dataDir()).isEqualTo(tmp.resolve("option").toAbsolutePath());
    assertThat(location.dbPropertiesFile()).isEqualTo(tmp.resolve("option").toAbsolutePath().resolve("db.properties"));
  }

  @Test
  void environmentWinsOverTheHomeFolder() {
    // given ORDERNOTIFY_HOME and no --data-dir
    Map<String, String> env = Map.of("ORDERNOTIFY_HOME", tmp.resolve("env").toString());

    // when the location is resolved
    DataLocation location = DataLocation.resolve(null, null, env);

    // then the environment is used
    assertThat(location.dataDir()).isEqualTo(tmp.resolve("env").toAbsolutePath());
  }

  @Test
  void homeFolderIsTheDefault() {
    // given neither --data-dir nor ORDERNOTIFY_HOME (a blank one counts as none)
    // when the location is resolved
    DataLocation none = DataLocation.resolve(null, null, Map.of());
    DataLocation blank = DataLocation.resolve(null, null, Map.of("ORDERNOTIFY_HOME", " "));

    // then it is ~/.ordernotify
    Path home = Path.of(System.getProperty("user.home"), ".ordernotify").toAbsolutePath();
    assertThat(none.dataDir()).isEqualTo(home);
    assertThat(blank.dataDir()).isEqualTo(home);
    assertThat(none.defaultUrl()).startsWith("jdbc:h2:file:").endsWith("/.ordernotify/ordernotify;AUTO_SERVER=TRUE");
  }

  @Test
  void dbUrlOptionReplacesTheFileDatabase() throws Exception {
    // given --db-url
    String url = "jdbc:h2:mem:elsewhere";

    // when the connection settings are resolved
    DataLocation location = DataLocation.resolve(tmp, url, Map.of());
    ConnectionSettings settings = location.connectionSettings();

    // then that URL is used instead of the data folder's file
    assertThat(location.usesExplicitUrl()).isTrue();
    assertThat(settings.url()).isEqualTo(url);
    assertThat(settings.user()).isNotBlank();
    assertThat(load(tmp.resolve("db.properties")).getProperty("url")).isEqualTo(location.defaultUrl());
  }

  @Test
  void dbUrlOptionOpensTheSameDatabaseAgainOnTheNextStart() throws Exception {
    // given a database created through --db-url
    String url = "jdbc:h2:file:" + tmp.resolve("elsewhere/shop").toString().replace('\\', '/');
    try (Database db = Database.open(DataLocation.resolve(tmp.resolve("data"), url, Map.of()).connectionSettings())) {
      assertThat(db.dataSource()).isNotNull();
    }

    // when the next start uses the same --db-url
    // then it opens with the same credentials
    try (Database db = Database.open(DataLocation.resolve(tmp.resolve("data"), url, Map.of()).connectionSettings())) {
      assertThat(db.dataSource()).isNotNull();
    }
  }

  private static Properties load(Path file) throws Exception {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
