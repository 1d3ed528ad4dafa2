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
    String expectedUrl =
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath().resolve("ordernotify")
            + ";AUTO_SERVER=TRUE"
            + ";WRITE_DELAY=0";
    assertThat(file.getProperty("url")).isEqualTo(expectedUrl).isEqualTo(settings.url());
    assertThat(file.getProperty("user")).isNotBlank().isEqualTo(settings.user());
    assertThat(file.getProperty("password"))
        .isEqualTo(settings.password())
        .hasSizeGreaterThanOrEqualTo(16)
        .isNotEqualToIgnoringCase(settings.user())
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
    assertThat(lines)
        .contains(
            "url=" + settings.url(), "user=" + settings.user(), "password=" + settings.password());
    assertThat(settings.url()).doesNotContain("\\");
  }

  @Test
  void dbPropertiesIsReadableByItsOwnerOnly() throws Exception {
    // given a file system that knows owners
    Assumptions.assumeTrue(
        Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null,
        "not a POSIX file system");

    // when the first start writes db.properties
    DataLocation.resolve(tmp, null, Map.of()).connectionSettings();

    // then only its owner may read or write it
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tmp.resolve("db.properties"))))
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
    ConnectionSettings one =
        DataLocation.resolve(tmp.resolve("one"), null, Map.of()).connectionSettings();
    ConnectionSettings two =
        DataLocation.resolve(tmp.resolve("two"), null, Map.of()).connectionSettings();

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
    assertThat(location.dbPropertiesFile())
        .isEqualTo(tmp.resolve("option").toAbsolutePath().resolve("db.properties"));
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
    assertThat(none.defaultUrl())
        .startsWith("jdbc:h2:file:")
        .endsWith("/.ordernotify/ordernotify;AUTO_SERVER=TRUE;WRITE_DELAY=0");
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
    assertThat(load(tmp.resolve("db.properties")).getProperty("url"))
        .isEqualTo(location.defaultUrl());
  }

  @Test
  void dbUrlOptionOpensTheSameDatabaseAgainOnTheNextStart() throws Exception {
    // given a database created through --db-url
    String url = "jdbc:h2:file:" + tmp.resolve("elsewhere/shop").toString().replace('\\', '/');
    try (Database db =
        Database.open(
            DataLocation.resolve(tmp.resolve("data"), url, Map.of()).connectionSettings())) {
      assertThat(db.dataSource()).isNotNull();
    }

    // when the next start uses the same --db-url
    // then it opens with the same credentials
    try (Database db =
        Database.open(
            DataLocation.resolve(tmp.resolve("data"), url, Map.of()).connectionSettings())) {
      assertThat(db.dataSource()).isNotNull();
    }
  }

  @Test
  void dbPropertiesOfAnOlderVersionGainsTheDurableWriteSetting() throws Exception {
    // given a db.properties written before commits were made durable
    String old =
        "jdbc:h2:file:" + tmp.toAbsolutePath().resolve("ordernotify") + ";AUTO_SERVER=TRUE";
    Files.writeString(
        tmp.resolve("db.properties"), "url=" + old + "\nuser=ordernotify\npassword=Secret123\n");

    // when OrderNotify starts
    ConnectionSettings settings = DataLocation.resolve(tmp, null, Map.of()).connectionSettings();

    // then the URL it uses, and the one the POS copies, carry WRITE_DELAY=0; the password is kept
    assertThat(settings.url()).isEqualTo(old + ";WRITE_DELAY=0");
    assertThat(load(tmp.resolve("db.properties")).getProperty("url"))
        .isEqualTo(old + ";WRITE_DELAY=0");
    assertThat(load(tmp.resolve("db.properties")).getProperty("password")).isEqualTo("Secret123");
  }

  @Test
  void aMissingDbPropertiesBesideAnExistingDatabaseIsRefusedAndNotWrittenAgain() throws Exception {
    // given a database whose db.properties was lost
    Files.writeString(tmp.resolve("ordernotify.mv.db"), "not really a database");

    // when OrderNotify starts
    // then it names the missing file and how to restore it, and writes no new password
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DataLocation.resolve(tmp, null, Map.of()).connectionSettings())
        .isInstanceOfSatisfying(
            DataFileException.class,
            e -> assertThat(e.problem()).isEqualTo(DataFileException.Problem.PROPERTIES_MISSING))
        .hasMessageContaining("db.properties")
        .hasMessageContaining("Restore");
    assertThat(tmp.resolve("db.properties")).doesNotExist();
  }

  @Test
  void aBinaryDbPropertiesIsNamedAsTheProblem() throws Exception {
    // given a db.properties that holds binary bytes
    Files.write(
        tmp.resolve("db.properties"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 1, 2});

    // when OrderNotify starts
    // then the sentence is about that file, not about a data folder that cannot be written
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DataLocation.resolve(tmp, null, Map.of()).connectionSettings())
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("db.properties")
        .hasMessageContaining("is not a readable db.properties");
  }

  @Test
  void aFreshDataFolderIsTheOwnersOnly() throws Exception {
    // given a file system that knows owners
    Assumptions.assumeTrue(Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null);
    Path dataDir = tmp.resolve("fresh");

    // when the first start creates the database
    try (Database db =
        Database.open(DataLocation.resolve(dataDir, null, Map.of()).connectionSettings())) {
      PrivateFiles.tighten(dataDir);
      // then the folder is rwx------ and every file in it rw-------, the lock file included
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
          .isEqualTo("rwx------");
      try (var files = Files.list(dataDir)) {
        assertThat(files.toList())
            .isNotEmpty()
            .allSatisfy(
                f ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as(f.toString())
                        .isEqualTo("rw-------"));
      }
    }
  }

  @Test
  void anOlderInstallOpenToEveryoneIsTightenedAtStart() throws Exception {
    // given a data folder and database file an older version left 755 / 644
    Assumptions.assumeTrue(Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null);
    Path dataDir = tmp.resolve("old");
    Files.createDirectories(dataDir.resolve("logs"));
    Files.writeString(dataDir.resolve("logs/ordernotify.log"), "Anna Nowak 600100200");
    Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        dataDir.resolve("logs"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        dataDir.resolve("logs/ordernotify.log"), PosixFilePermissions.fromString("rw-r--r--"));

    // when OrderNotify starts
    DataLocation.resolve(dataDir, null, Map.of()).connectionSettings();

    // then nothing in it is readable by others
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("logs"))))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("logs/ordernotify.log"))))
        .isEqualTo("rw-------");
  }

  private static Properties load(Path file) throws Exception {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
