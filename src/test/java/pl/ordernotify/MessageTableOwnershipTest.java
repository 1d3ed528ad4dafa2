package pl.ordernotify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages package owns the {@code message} table (issue 13): only its mapper writes the table,
 * and the few reads elsewhere are joins that belong to another feature's table.
 */
class MessageTableOwnershipTest {

  private static final Pattern WRITE =
      Pattern.compile(
          "\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+message\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern READ =
      Pattern.compile("\\b(FROM|JOIN)\\s+message\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Reads of {@code message} that stay with another feature, each one statement about that
   * feature's own table: the alert's SMS status beside manager_alert, and change detection's LATE
   * candidates (NOT EXISTS per order, one index lookup). Others include the messages mapper's SQL.
   */
  private static final Set<String> READS_ELSEWHERE =
      Set.of("alerts/AlertMapper.xml", "orders/ChangeMapper.xml");

  @Test
  void onlyTheMessagesMapperWritesTheMessageTable() {
    // given every mapper XML and every Java source outside the messages package
    List<Path> others = sources().filter(p -> !relative(p).startsWith("messages/")).toList();

    // when each is searched for a statement that writes the table
    List<String> writers =
        others.stream().filter(p -> WRITE.matcher(read(p)).find()).map(this::relative).toList();

    // then there is none
    assertThat(others).isNotEmpty();
    assertThat(writers).isEmpty();
  }

  @Test
  void otherFeaturesReadTheMessageTableOnlyInTheirKnownJoins() {
    // given every mapper XML and Java source outside the messages package
    // when each is searched for a read of the table
    List<String> readers =
        sources()
            .filter(p -> !relative(p).startsWith("messages/"))
            .filter(p -> READ.matcher(read(p)).find())
            .map(this::relative)
            .toList();

    // then only the known joins read it; every other question is asked through MessageMapper
    assertThat(readers).allMatch(READS_ELSEWHERE::contains, "one of " + READS_ELSEWHERE);
  }

  private static Stream<Path> sources() {
    try {
      Path resources =
          Path.of(MessageTableOwnershipTest.class.getResource("/pl/ordernotify").toURI());
      Path java = Path.of("src/main/java/pl/ordernotify");
      Stream<Path> xml = walk(resources).filter(p -> p.toString().endsWith(".xml"));
      Stream<Path> code =
          Files.isDirectory(java)
              ? walk(java).filter(p -> p.toString().endsWith(".java"))
              : Stream.empty();
      return Stream.concat(xml, code);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Stream<Path> walk(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String relative(Path p) {
    String s = p.toString().replace('\\', '/');
    int at = s.lastIndexOf("pl/ordernotify/");
    return s.substring(at + "pl/ordernotify/".length());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
