package pl.ordernotify.gateway.smsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.gateway.GatewayFixtures.CLOCK;
import static pl.ordernotify.gateway.GatewayFixtures.JSON;
import static pl.ordernotify.gateway.GatewayFixtures.config;
import static pl.ordernotify.gateway.GatewayFixtures.form;
import static pl.ordernotify.gateway.GatewayFixtures.taken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.GatewayHttp;
import pl.ordernotify.gateway.MockServerTest;
import pl.ordernotify.gateway.SendResult;

/** Personalised bulk sends (smsapi.md §3-§5, §7): one sms.do for many recipients. */
class SmsApiBatchTest extends MockServerTest {

  private static final String PATTERN = "Hi [%1%]! Code [%2%]";
  SmsApiGateway gateway;

  @BeforeEach
  void createGateway() {
    gateway =
        new SmsApiGateway(
            config("smsapi", server, "Pizzeria"), GatewayHttp.newClient(), JSON, CLOCK);
  }

  private static BatchSms.Item item(int n, String name, String code) {
    return new BatchSms.Item(
        "+4860010020" + n, "Hi " + name + "! Code " + code, "key" + n, List.of(name, code));
  }

  private static BatchSms batch(BatchSms.Item... items) {
    return new BatchSms(PATTERN, List.of(items), null, false, false);
  }

  @Test
  void recipientsGoInOneRequestWithParamsAndOneIdxEach() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count": 2, "list": [
          {"id": "A1", "points": 0.16, "number": "48600100201", "submitted_number": "48600100201", "status": "QUEUE", "idx": "key1", "parts": 1},
          {"id": "A2", "points": 0.16, "number": "48600100202", "submitted_number": "48600100202", "status": "QUEUE", "idx": "key2", "parts": 1}]}""")
            .build());

    // when
    List<SendResult> results =
        gateway.sendBatch(
            batch(
                item(1, "Anna", "P-AAA"),
                new BatchSms.Item(
                    "+48600100202", "Hi John! Code P-BBB", "key2", List.of("Jo|hn", "P-BBB"))));

    // then one request carried both, with the pattern and the values joined by |
    Map<String, String> form = form(taken(server));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(form)
        .containsEntry("to", "48600100201,48600100202")
        .containsEntry("message", PATTERN)
        .containsEntry("param1", "Anna|John")
        .containsEntry("param2", "P-AAA|P-BBB")
        .containsEntry("idx", "key1|key2")
        .containsEntry("check_idx", "1")
        .containsEntry("from", "Pizzeria");
    assertThat(results)
        .containsExactly(
            new SendResult.Accepted("A1", 1, new BigDecimal("0.16")),
            new SendResult.Accepted("A2", 1, new BigDecimal("0.16")));
  }

  @Test
  void aRecipientWhoseTextIsNotThePatternGoesOnItsOwn() {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"count\": 1, \"list\": [{\"id\": \"A1\", \"number\": \"48600100201\", \"idx\": \"key1\"}]}")
            .build());

    List<SendResult> results =
        gateway.sendBatch(
            batch(new BatchSms.Item("+48600100201", "Hi! Code X", "key1", List.of("", "X"))));

    Map<String, String> form = form(taken(server));
    assertThat(form).containsEntry("message", "Hi! Code X").doesNotContainKey("param1");
    assertThat(results.get(0)).isInstanceOf(SendResult.Accepted.class);
  }

  @Test
  void aRecipientMissingFromTheListIsUnknownAndAnInvalidNumberIsRejected() {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count": 1, "list": [{"id": "A1", "points": 0.16, "number": "48600100201", "idx": "key1"}],
         "invalid_numbers": [{"number": "48600100202", "submitted_number": "48600100202", "message": "Invalid phone number"}]}""")
            .build());

    List<SendResult> results =
        gateway.sendBatch(batch(item(1, "Anna", "A"), item(2, "Ola", "B"), item(3, "Ewa", "C")));

    assertThat(results.get(0)).isInstanceOf(SendResult.Accepted.class);
    assertThat(results.get(1))
        .isEqualTo(new SendResult.Rejected("13", "SMSAPI listed the number as invalid"));
    assertThat(results.get(2)).isInstanceOf(SendResult.Unknown.class);
  }

  @Test
  void wholeRequestErrorsFailEveryRecipientAndError53LeavesEachToBeResolved() {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": 18, \"message\": \"wrong number of parameters\"}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": 52, \"message\": \"too many attempts\"}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"error\": 53, \"message\": \"idx already used\"}")
            .build());

    List<SendResult> r18 = gateway.sendBatch(batch(item(1, "A", "X"), item(2, "B", "Y")));
    List<SendResult> r52 = gateway.sendBatch(batch(item(1, "A", "X"), item(2, "B", "Y")));
    List<SendResult> r53 = gateway.sendBatch(batch(item(1, "A", "X"), item(2, "B", "Y")));

    assertThat(r18)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).isInstanceOf(SendResult.Rejected.class));
    assertThat(r52)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).isInstanceOf(SendResult.RetryLater.class));
    assertThat(r53)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).isInstanceOf(SendResult.Unknown.class));
  }

  @Test
  void aPerRecipientErrorFailsOnlyThatRecipient() {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"count": 2, "list": [
          {"id": "A1", "points": 0.16, "number": "48600100201", "idx": "key1"},
          {"id": "", "number": "48600100202", "idx": "key2", "error": 59, "message": "opt-out"}]}""")
            .build());

    List<SendResult> results = gateway.sendBatch(batch(item(1, "A", "X"), item(2, "B", "Y")));

    assertThat(results.get(0)).isInstanceOf(SendResult.Accepted.class);
    assertThat(results.get(1)).isInstanceOf(SendResult.Rejected.class);
  }

  @Test
  void noAnswerAfterSendingLeavesEveryRecipientUnknown() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    List<SendResult> results = gateway.sendBatch(batch(item(1, "A", "X"), item(2, "B", "Y")));

    assertThat(results)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).isInstanceOf(SendResult.Unknown.class));
  }

  @Test
  void aHundredAndFiftyRecipientsGoInTwoRequestsOfAtMostAHundred() {
    List<BatchSms.Item> items = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      items.add(
          new BatchSms.Item(
              String.format("+48600%06d", 100000 + i),
              "Hi A! Code C" + i,
              "k" + i,
              List.of("A", "C" + i)));
    }
    server.enqueue(new MockResponse.Builder().body("{\"count\": 0, \"list\": []}").build());
    server.enqueue(new MockResponse.Builder().body("{\"count\": 0, \"list\": []}").build());

    gateway.sendBatch(new BatchSms(PATTERN, items, null, false, false));

    assertThat(form(taken(server)).get("idx").split("\\|")).hasSize(100);
    assertThat(form(taken(server)).get("idx").split("\\|")).hasSize(50);
  }
}
