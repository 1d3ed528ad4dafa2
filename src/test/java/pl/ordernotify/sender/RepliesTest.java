package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.customers.ConsentEvent;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.customers.Replies;
import pl.ordernotify.gateway.GatewayFixtures;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.serwersms.SerwerSmsGateway;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * DESIGN §10: STOP replies read from SerwerSMS's inbox (messages/recived) withdraw consent with
 * source REPLY.
 */
class RepliesTest extends MockServerTest {

  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
  private SenderFixture f;
  private SerwerSmsGateway gateway;
  private ReplyPoller poller;

  @BeforeEach
  void setUp() {
    f = new SenderFixture(FakeGateway.serwersms());
    gateway =
        new SerwerSmsGateway(
            GatewayFixtures.config("serwersms", server, "Pizzeria"),
            GatewayHttp.newClient(),
            GatewayFixtures.JSON,
            f.clock);
    poller = new ReplyPoller(f.db, f.clock);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            JsonNode body = GatewayFixtures.json(request);
            bodies.add(body);
            String page = pages.get(body.path("type").asText() + body.path("page").asInt());
            return new MockResponse.Builder()
                .body(
                    page != null
                        ? page
                        : "{\"paging\": {\"page\": 1, \"count\": 0}, \"items\": []}")
                .build();
          }
        });
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static String item(int id, String phone, String text) {
    return "{\"id\": "
        + id
        + ", \"type\": \"eco\", \"phone\": \""
        + phone
        + "\", \"recived\": \"2025-03-10 12:0"
        + (id % 10)
        + ":00\", \"message_id\": \"abc\", \"blacklist\": false, \"text\": \""
        + text
        + "\"}";
  }

  /** Newest first, two pages, as the poll asks (order desc). */
  private void inbox(String... pageItems) {
    for (int i = 0; i < pageItems.length; i++) {
      pages.put(
          "eco" + (i + 1),
          "{\"paging\": {\"page\": "
              + (i + 1)
              + ", \"count\": "
              + pageItems.length
              + "}, \"items\": ["
              + pageItems[i]
              + "]}");
    }
  }

  @Test
  void aStopReplyWithdrawsConsentAndOtherRepliesAreOnlyKept() {
    // given Anna with consent, Jan without, and an inbox of three replies over two pages
    ConsentService consent = new ConsentService(f.db, f.clock);
    long anna = f.customer("Anna Nowak", "600 100 200");
    long jan = f.customer("Jan Kowalski", "600 100 201");
    consent.setConsent(anna, true, new ConsentService.Origin(ConsentSource.CONSOLE, "Kasia", null));
    inbox(
        item(105, "48600100201", "pizza was cold") + "," + item(104, "48600100200", "Stop."),
        item(103, "48500900900", "NIE CHCĘ"));

    // when the sender polls the inbox
    int handled = poller.poll(gateway);

    // then Anna's consent is withdrawn with her reply's text; Jan's reply is kept and changes
    // nothing
    assertThat(handled).isEqualTo(3);
    assertThat(consent.history(anna))
        .last()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(ConsentSource.REPLY);
              assertThat(e.newValue()).isFalse();
              assertThat(e.detail()).contains("Stop.");
            });
    assertThat(consent.history(jan)).isEmpty();
    List<Replies.Reply> kept = new Replies(f.db, f.clock).recent(10);
    assertThat(kept)
        .extracting(Replies.Reply::text)
        .containsExactlyInAnyOrder("pizza was cold", "Stop.", "NIE CHCĘ");
    assertThat(kept)
        .filteredOn(r -> r.text().equals("pizza was cold"))
        .singleElement()
        .satisfies(r -> assertThat(r.customerName()).isEqualTo("Jan Kowalski"));
    // never marked read behind the user's back
    assertThat(bodies).allSatisfy(b -> assertThat(b.has("read")).isFalse());
    assertThat(new SettingsService(f.db).getRaw("replies.serwersms.cursor"))
        .contains("eco=105,nd=0,ndi=0");
  }

  @Test
  void aRepeatedPollOrALostCursorRecordsNothingTwice() {
    // given a STOP already handled
    ConsentService consent = new ConsentService(f.db, f.clock);
    long anna = f.customer("Anna Nowak", "600 100 200");
    consent.setConsent(anna, true, new ConsentService.Origin(ConsentSource.CONSOLE, "Kasia", null));
    inbox(item(104, "+48600100200", "STOP"));
    poller.poll(gateway);

    // when she gives consent again at the till, and the inbox is read again, also as if the sender
    // had been killed before it kept the last id seen
    consent.setConsent(anna, true, new ConsentService.Origin(ConsentSource.CONSOLE, "Kasia", null));
    int again = poller.poll(gateway);
    new SettingsService(f.db).putRaw("replies.serwersms.cursor", "");
    int lost = poller.poll(gateway);

    // then the old STOP is not applied a second time
    assertThat(again).isZero();
    assertThat(lost).isZero();
    assertThat(consent.history(anna))
        .extracting(ConsentEvent::source)
        .containsExactly(ConsentSource.CONSOLE, ConsentSource.REPLY, ConsentSource.CONSOLE);
    assertThat(
            f.db
                .withMapper(pl.ordernotify.customers.CustomerMapper.class, m -> m.findById(anna))
                .marketingConsent())
        .isTrue();
  }

  @Test
  void theSenderPollsTheInboxEveryFewMinutesOnly() {
    // given
    inbox(item(101, "48600100201", "dzięki"));

    // when the sender passes now, a minute later, and after the interval
    int first = poller.pollIfDue(() -> gateway);
    f.advance(java.time.Duration.ofMinutes(1));
    int soon = poller.pollIfDue(() -> gateway);
    int requestsBefore = bodies.size();
    f.advance(ReplyPoller.EVERY);
    poller.pollIfDue(() -> gateway);

    // then
    assertThat(first).isEqualTo(1);
    assertThat(soon).isZero();
    assertThat(bodies.size()).isGreaterThan(requestsBefore);
  }
}
