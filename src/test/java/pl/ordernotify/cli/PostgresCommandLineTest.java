package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.store.DataLocation.ConnectionSettings;
import pl.ordernotify.testsupport.CliRun;
import pl.ordernotify.testsupport.TestEngine;

/**
 * DESIGN §8 with the shipped classes: {@code --db-url jdbc:postgresql://HOST:PORT/DB}, credentials
 * from db.properties or a password file, never the command line; refusals are one sentence.
 */
@EnabledIfSystemProperty(named = "ordernotify.test.engine", matches = "postgres")
class PostgresCommandLineTest {

  @TempDir Path dir;

  @Test
  void demoAndStagesListRunOnAPostgresDatabaseWithThePasswordFromAFile() throws Exception {
    // given a new, empty database on the server and its password in a file
    ConnectionSettings db = TestEngine.freshPostgresDatabase();
    Path password = Files.writeString(dir.resolve("db-password"), db.password() + "\n");
    String url = db.url() + "?user=" + db.user();

    // when the demo and then the stages run against it
    CliRun demo =
        CliRun.run(
            "--data-dir",
            dir.resolve("data").toString(),
            "--db-url",
            url,
            "--db-password-file",
            password.toString(),
            "demo");
    CliRun list =
        CliRun.run(
            "--data-dir",
            dir.resolve("data").toString(),
            "--db-url",
            url,
            "--db-password-file",
            password.toString(),
            "stages",
            "list");

    // then both succeed there, and no H2 file nor generated password appears in the data folder
    assertThat(demo.status()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("20 customers");
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.outLines())
        .filteredOn(l -> l.matches("^(ACCEPTED|READY|DEPARTED|THANK_YOU) .*"))
        .hasSize(4);
    assertThat(dir.resolve("data/ordernotify.mv.db")).doesNotExist();
    assertThat(dir.resolve("data/db.properties")).doesNotExist();
  }

  @Test
  void dbPropertiesAloneIsEnoughToUseTheServer() throws Exception {
    // given a data folder whose db.properties names the server's database, user and password
    ConnectionSettings db = TestEngine.freshPostgresDatabase();
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("db.properties"),
        "url=" + db.url() + "\nuser=" + db.user() + "\npassword=" + db.password() + "\n");

    // when a command runs with only --data-dir
    CliRun list = CliRun.run("--data-dir", dir.toString(), "stages", "list");

    // then it uses that database
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(dir.resolve("ordernotify.mv.db")).doesNotExist();
  }

  @Test
  void aWrongPasswordIsOnePlainSentenceThatNeverShowsThePassword() throws Exception {
    // given the right database and user but a wrong password in db.properties
    ConnectionSettings db = TestEngine.freshPostgresDatabase();
    Files.writeString(
        dir.resolve("db.properties"),
        "url=" + db.url() + "\nuser=" + db.user() + "\npassword=Wrong-Secret-42\n");

    // when a command needs the database
    CliRun list = CliRun.run("--data-dir", dir.toString(), "stages", "list");

    // then it fails with one sentence naming what to check
    assertThat(list.status()).isEqualTo(1);
    assertThat(list.errLines())
        .containsExactly(
            "The database server refused the user name or password."
                + " Check db.properties in the data folder, or the --db-password-file, matches the server's account.");
    assertThat(list.out() + list.err()).doesNotContain("Wrong-Secret-42");
  }

  @Test
  void aMissingDatabaseIsOnePlainSentence() throws Exception {
    // given a URL naming a database the server does not have
    ConnectionSettings server = TestEngine.postgresServer();
    Path password = Files.writeString(dir.resolve("pw"), server.password());
    String url = TestEngine.databaseUrl("no_such_restaurant");

    // when a command needs it
    CliRun list =
        CliRun.run(
            "--data-dir",
            dir.toString(),
            "--db-url",
            url + "?user=" + server.user(),
            "--db-password-file",
            password.toString(),
            "stages",
            "list");

    // then it fails with one sentence, without the URL's parameters
    assertThat(list.status()).isEqualTo(1);
    assertThat(list.errLines())
        .containsExactly(
            "The database "
                + url
                + " does not exist on the server."
                + " Create it there first (createdb), or correct the --db-url.");
  }
}
