package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.store.DataLocation.ConnectionSettings;

/**
 * Issue 14: a database server's credentials come from db.properties or a password file, never
 * generated.
 */
class DataLocationServerTest {

  private static final String PG = "jdbc:postgresql://db.example.lan:5432/roma";

  @TempDir Path dir;

  @Test
  void aServerUrlWithoutDbPropertiesWritesNoFileAndInventsNoPassword() throws Exception {
    // given a data folder without db.properties and a PostgreSQL --db-url
    DataLocation location = DataLocation.resolve(dir, PG, Map.of());

    // when the connection settings are resolved
    ConnectionSettings s = location.connectionSettings();

    // then the URL is used as given, with no password (the driver may find ~/.pgpass) and no file
    assertThat(s.url()).isEqualTo(PG);
    assertThat(s.user()).isEqualTo("ordernotify");
    assertThat(s.password()).isNull();
    assertThat(dir.resolve("db.properties")).doesNotExist();
  }

  @Test
  void thePasswordFileGivesThePasswordItsFirstLineTrimmed() throws Exception {
    // given a password file with a trailing newline
    Path file = Files.writeString(dir.resolve("pw"), "s3cret pass \nsecond line\n");

    // when the settings are resolved with it
    ConnectionSettings s =
        DataLocation.resolve(dir, PG, Map.of()).withPasswordFile(file).connectionSettings();

    // then the password is its first line, and toString never shows it
    assertThat(s.password()).isEqualTo("s3cret pass");
    assertThat(s.toString()).doesNotContain("s3cret");
  }

  @Test
  void thePasswordFileOverridesDbPropertiesPasswordButKeepsItsUser() throws Exception {
    // given db.properties naming the server, a user and an old password
    Files.writeString(dir.resolve("db.properties"), "url=" + PG + "\nuser=roma\npassword=old\n");
    Path file = Files.writeString(dir.resolve("pw"), "new");

    // when the settings are resolved with a password file and no --db-url
    ConnectionSettings s =
        DataLocation.resolve(dir, null, Map.of()).withPasswordFile(file).connectionSettings();

    // then url and user come from db.properties and the password from the file
    assertThat(s).isEqualTo(new ConnectionSettings(PG, "roma", "new"));
  }

  @Test
  void aMissingPasswordFileIsOnePlainSentence() {
    // given a password file that is not there
    Path missing = dir.resolve("nope");

    // when the settings are resolved
    // then the refusal names the file and the option
    assertThatThrownBy(
            () ->
                DataLocation.resolve(dir, PG, Map.of())
                    .withPasswordFile(missing)
                    .connectionSettings())
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "The database password file "
                + missing.toAbsolutePath()
                + " cannot be read."
                + " Check the --db-password-file you gave.");
  }

  @Test
  void messagesShowTheUrlWithoutItsParameters() {
    // given a URL whose parameters carry a password
    String url = PG + "?user=roma&password=hunter2";

    // when a failure is explained
    String sentence = Database.explain(new RuntimeException("boom"), url);

    // then the sentence has the URL without its parameters
    assertThat(sentence).contains(PG).doesNotContain("hunter2");
  }
}
