package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.testsupport.CliRun;

/**
 * Issue 4 "done means": gateway set against a local server, then send-test sends the documented
 * request.
 */
class GatewayCommandsTest {

  private static final String TOKEN = "tok-Secret-7a9Q";

  @TempDir Path dataDir;
  @StartStop private final MockWebServer server = new MockWebServer();
  private Path tokenFile;

  @BeforeEach
  void setUp() throws Exception {
    tokenFile =
        Files.writeString(
            dataDir.resolveSibling(dataDir.getFileName() + "-token.txt"), TOKEN + "\n");
  }

  @AfterEach
  void tearDown() throws Exception {
    Files.deleteIfExists(tokenFile);
  }

  @Test
  void smsapiSendTestSendsTheDocumentedRequestAndPrintsTheVerdict() throws Exception {
    // given an SMSAPI account pointing at the local server
    CliRun set =
        cli(
            "gateway",
            "set",
            "--provider",
            "smsapi",
            "--token-file",
            tokenFile.toString(),
            "--sender",
            "Bella",
            "--base-url",
            server.url("/").toString());
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"count\":1,\"parts\":1,\"list\":[{\"id\":\"7074294081650020450\","
                    + "\"points\":0.165,\"number\":\"48600100200\",\"submitted_number\":\"600100200\",\"status\":\"QUEUE\","
                    + "\"error\":null}]}")
            .build());

    // when a test SMS is sent
    CliRun send = cli("send-test", "--to", "600 100 200", "--text", "Test");

    // then the request is SMSAPI's sms.do and the verdict is printed
    assertThat(set.status()).isZero();
    assertThat(send.status()).isZero();
    assertThat(send.out())
        .contains("Accepted by smsapi")
        .contains("7074294081650020450")
        .contains("1 part(s)");
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getTarget()).isEqualTo("/sms.do");
    assertThat(req.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(req.getBody().utf8())
        .contains(
            "to=48600100200",
            "message=Test",
            "from=Bella",
            "format=json",
            "encoding=utf-8",
            "details=1",
            "check_idx=1",
            "idx=test");
  }

  @Test
  void serwersmsSendTestPostsJsonWithUniqueId() throws Exception {
    // given a SerwerSMS account pointing at the local server
    cli(
        "gateway",
        "set",
        "--provider",
        "serwersms",
        "--token-file",
        tokenFile.toString(),
        "--sender",
        "Bella",
        "--base-url",
        server.url("/").toString());
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"success\":true,\"queued\":1,\"unsent\":0,\"items\":[{\"id\":"
                    + "\"aca3944055\",\"phone\":\"+48600100200\",\"status\":\"queued\",\"parts\":1}]}")
            .build());

    // when a test SMS is sent
    CliRun send = cli("send-test", "--to", "+48 600-100-200", "--text", "Test");

    // then
    assertThat(send.status()).isZero();
    assertThat(send.out()).contains("Accepted by serwersms").contains("aca3944055");
    RecordedRequest req = server.takeRequest();
    assertThat(req.getTarget()).isEqualTo("/messages/send_sms.json");
    assertThat(req.getBody().utf8())
        .contains(
            "\"phone\":\"+48600100200\"",
            "\"sender\":\"Bella\"",
            "\"details\":true",
            "\"unique_id\":\"test");
  }

  @Test
  void aRejectedTestSmsExitsOneWithTheGatewaysReason() {
    // given
    cli(
        "gateway",
        "set",
        "--provider",
        "smsapi",
        "--token-file",
        tokenFile.toString(),
        "--base-url",
        server.url("/").toString());
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\":13,\"message\":\"No correct phone numbers\"}")
            .build());

    // when
    CliRun send = cli("send-test", "--to", "600100200");

    // then
    assertThat(send.status()).isEqualTo(1);
    assertThat(send.errLines())
        .singleElement()
        .asString()
        .contains("refused this SMS")
        .contains("13");
  }

  @Test
  void theTokenIsNeverShownAgainNorStoredInClear() throws Exception {
    // given
    cli(
        "gateway",
        "set",
        "--provider",
        "smsapi",
        "--token-file",
        tokenFile.toString(),
        "--sender",
        "Bella");

    // when
    CliRun show = cli("gateway", "show");

    // then
    assertThat(show.out()).contains("••••7a9Q").doesNotContain(TOKEN);
    try (var files = Files.walk(dataDir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void badInputIsRefusedWithASentenceAndNothingChanges() {
    // when
    CliRun noToken = cli("gateway", "set", "--provider", "smsapi", "--sender", "Bella");
    CliRun noSender =
        cli("gateway", "set", "--provider", "serwersms", "--token-file", tokenFile.toString());
    CliRun landline = cli("send-test", "--to", "22 628 11 20");
    CliRun show = cli("gateway", "show");

    // then
    assertThat(noToken.status()).isEqualTo(1);
    assertThat(noToken.err()).contains("needs an API token");
    assertThat(noSender.status()).isEqualTo(1);
    assertThat(noSender.err()).contains("sender name");
    assertThat(landline.status()).isEqualTo(1);
    assertThat(landline.err()).contains("landline");
    assertThat(show.out()).contains("dry-run");
  }

  @Test
  void anEmptyTestTextAndABinaryTokenFileAreRefusedWithASentence() throws Exception {
    // given a token file that holds binary bytes
    Path binary =
        Files.write(
            dataDir.resolveSibling(dataDir.getFileName() + "-token.bin"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    try {
      // when
      CliRun emptyText = cli("send-test", "--to", "600100200", "--text", "");
      CliRun binaryToken =
          cli(
              "gateway",
              "set",
              "--provider",
              "smsapi",
              "--token-file",
              binary.toString(),
              "--sender",
              "Bella");

      // then
      assertThat(emptyText.status()).isEqualTo(2);
      assertThat(emptyText.err()).contains("--text is empty");
      assertThat(binaryToken.status()).isEqualTo(1);
      assertThat(binaryToken.err()).contains("holds binary data");
      assertThat(cli("gateway", "show").out()).contains("dry-run");
    } finally {
      Files.deleteIfExists(binary);
    }
  }

  @Test
  void aSendTestThatMeetsAnAccountProblemPausesSendingAsTheSenderWould() throws Exception {
    // given an SMSAPI account without credits
    cli(
        "gateway",
        "set",
        "--provider",
        "smsapi",
        "--token-file",
        tokenFile.toString(),
        "--sender",
        "Bella",
        "--base-url",
        server.url("/").toString());
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\":103,\"message\":\"Not enough points\"}")
            .build());

    // when a test SMS is sent
    CliRun send = cli("send-test", "--to", "600100200", "--text", "Test");

    // then it says so, and sending is paused as the sender pauses it
    assertThat(send.status()).isEqualTo(1);
    assertThat(send.err()).contains("Sending is paused");
    assertThat(cli("sender", "status").out()).contains("Sending is paused");
  }

  private CliRun cli(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(all);
  }
}
