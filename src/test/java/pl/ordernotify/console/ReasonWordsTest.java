package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.templates.RenderResult;

/**
 * Every reason code the sender and the message commands write must read as words in both languages;
 * otherwise the board, the messages screen, the customer history and the dashboard would show a
 * bare code such as NO_REPORT to the restaurant.
 */
class ReasonWordsTest {

  private static final Path MAIN = Path.of("src/main");
  private static final Pattern JAVA_CODE = Pattern.compile("\"([A-Z][A-Z_]{2,})\"");
  private static final Pattern SQL_REASON =
      Pattern.compile("reason\\s*=\\s*'([A-Z_]+)'|'SCHEDULED',\\s*'([A-Z_]+)'");

  /** Literals in the sender that are only ever a message's status, never its reason. */
  private static final Set<String> STATUS_ONLY =
      Set.of("SCHEDULED", "SENDING", "SKIPPED", "FAILED", "UNDELIVERED");

  @Test
  void everyReasonCodeTheSenderWritesHasPolishAndEnglishWords() {
    Set<String> codes = reasonCodes();

    assertThat(codes)
        .as("the scan must find the sender's codes")
        .contains(
            "OPTED_OUT",
            "SUPERSEDED",
            "NO_REPORT",
            "QUOTA",
            "RETRY",
            "CANCELLED_BY_STAFF",
            "NO_PHONE",
            "MISSING_VALUE",
            "REJECTED",
            "UNKNOWN_OUTCOME");
    for (String lang : new String[] {"pl", "en"}) {
      Texts texts = Texts.forLanguage(lang);
      assertThat(codes)
          .as("reason codes without words in strings_" + lang)
          .allSatisfy(
              code ->
                  assertThat(texts.has("reason." + code)).as(lang + ": reason." + code).isTrue());
    }
  }

  @Test
  void theStatusOnlyListHoldsNothingButStatuses() {
    Set<String> statuses = new TreeSet<>();
    Arrays.stream(MessageStatus.values()).forEach(s -> statuses.add(s.name()));

    assertThat(statuses).containsAll(STATUS_ONLY);
  }

  @Test
  void everyStatusAndEveryDeliveryReportHasWords() {
    for (String lang : new String[] {"pl", "en"}) {
      Texts texts = Texts.forLanguage(lang);
      for (MessageStatus s : MessageStatus.values()) {
        assertThat(texts.has("sms.status." + s.name())).as(lang + ": sms.status." + s).isTrue();
      }
      for (DeliveryStatus s : DeliveryStatus.values()) {
        if (s.isFinal() && s != DeliveryStatus.UNKNOWN) {
          assertThat(texts.has("reason.REPORT." + s.name()))
              .as(lang + ": reason.REPORT." + s)
              .isTrue();
        }
      }
    }
  }

  /**
   * Literals in the sender's and the message commands' Java and SQL, plus the enums whose names
   * become codes.
   */
  private static Set<String> reasonCodes() {
    Set<String> codes = new TreeSet<>();
    scan(MAIN.resolve("java/pl/ordernotify/sender"), ".java", JAVA_CODE, codes);
    scan(
        MAIN.resolve("java/pl/ordernotify/messages/MessageCommands.java"),
        ".java",
        JAVA_CODE,
        codes);
    scan(MAIN.resolve("resources/pl/ordernotify/sender"), ".xml", SQL_REASON, codes);
    scan(MAIN.resolve("resources/pl/ordernotify/messages"), ".xml", SQL_REASON, codes);
    Arrays.stream(PhoneCheck.Problem.values()).forEach(p -> codes.add(p.name()));
    Arrays.stream(RenderResult.Code.values()).forEach(c -> codes.add(c.name()));
    codes.removeAll(STATUS_ONLY);
    return codes;
  }

  private static void scan(Path root, String suffix, Pattern pattern, Set<String> into) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(f));
        while (m.find()) {
          into.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
