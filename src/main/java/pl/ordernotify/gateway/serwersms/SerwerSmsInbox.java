package pl.ordernotify.gateway.serwersms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.ordernotify.gateway.InboxResult;
import pl.ordernotify.gateway.http.Json;
import pl.ordernotify.gateway.http.JsonReply;

/**
 * Replies from SerwerSMS's {@code messages/recived}, newest first page by page until the last id
 * seen. Messages are never marked read ({@code read} is not sent): the panel stays as the user left
 * it. The cursor is the last id seen per inbox type, e.g. {@code eco=12,nd=0,ndi=57}.
 */
final class SerwerSmsInbox {

  /** Replies to ECO SMS, to the account's ND number and to an NDI number. */
  static final List<String> TYPES = List.of("eco", "nd", "ndi");

  private static final int PAGE = 100;
  private static final int MAX_PAGES = 20;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

  private final SerwerSmsApi api;

  SerwerSmsInbox(SerwerSmsApi api) {
    this.api = api;
  }

  InboxResult read(String cursor) {
    Map<String, Long> last = parse(cursor);
    List<InboxResult.Reply> replies = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String type : TYPES) {
      long after = last.getOrDefault(type, 0L);
      List<JsonNode> items = new ArrayList<>();
      String failed = newer(type, after, items);
      if (failed != null) {
        // an account without, say, an ND number may be refused that inbox; the others still count
        failures.add(type + ": " + failed);
        continue;
      }
      for (JsonNode item : items) {
        long id = id(item);
        last.merge(type, id, Math::max);
        replies.add(
            new InboxResult.Reply(
                type + ":" + id,
                Json.text(item, "phone"),
                Json.text(item, "text"),
                time(Json.text(item, "recived"))));
      }
    }
    if (failures.size() == TYPES.size()) {
      return new InboxResult.Failed(String.join("; ", failures));
    }
    replies.sort(
        Comparator.comparing(
            InboxResult.Reply::receivedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new InboxResult.Replies(replies, format(last));
  }

  /**
   * Fills {@code items} with the type's replies above {@code after}, oldest first; a reason when it
   * failed.
   */
  private String newer(String type, long after, List<JsonNode> items) {
    for (int page = 1; page <= MAX_PAGES; page++) {
      JsonReply reply =
          api.fetch(
              "messages/recived",
              api.body()
                  .put("type", type)
                  .put("page", page)
                  .put("limit", PAGE)
                  .put("order", "desc"));
      if (!reply.ok()) {
        return reply.problem().reason();
      }
      boolean reachedSeen = false;
      for (JsonNode item : reply.json().path("items")) {
        long id = id(item);
        if (id <= after) {
          reachedSeen = true;
        } else if (items.stream().noneMatch(i -> id(i) == id)) {
          items.add(0, item); // a reply that arrived while paging can repeat on the next page
        }
      }
      Integer pages = Json.integer(reply.json().path("paging"), "count");
      if (reachedSeen || pages == null || page >= pages) {
        break;
      }
    }
    items.sort(Comparator.comparingLong(SerwerSmsInbox::id));
    return null;
  }

  private static long id(JsonNode item) {
    try {
      return Long.parseLong(String.valueOf(Json.text(item, "id")).strip());
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  static Map<String, Long> parse(String cursor) {
    Map<String, Long> last = new LinkedHashMap<>();
    if (cursor == null || cursor.isBlank()) {
      return last;
    }
    for (String part : cursor.split(",")) {
      String[] kv = part.split("=", 2);
      try {
        last.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
      } catch (RuntimeException e) {
        // an unreadable part starts that inbox from the beginning; the unique reply ids stop
        // repeats
      }
    }
    return last;
  }

  private static String format(Map<String, Long> last) {
    return TYPES.stream()
        .map(t -> t + "=" + last.getOrDefault(t, 0L))
        .collect(Collectors.joining(","));
  }

  private static Instant time(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), TIME).atZone(POLAND).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
