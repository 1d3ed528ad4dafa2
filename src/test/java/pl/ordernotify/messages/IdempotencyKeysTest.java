package pl.ordernotify.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  @Test
  void keysFitBothGatewaysAreAllDifferentAndSortInTheOrderTheyWereMade() {
    // when a campaign freezes its recipients, thousands of keys are made at once
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      keys.add(IdempotencyKeys.next());
    }

    // then each is 20 letters or digits (SMSAPI's idx, SerwerSMS's unique_id), none repeats, and
    // they sort as they were made, so the database's key indexes grow at their end
    assertThat(keys).allMatch(k -> k.matches("[A-Za-z0-9]{20}"));
    assertThat(new HashSet<>(keys)).hasSize(keys.size());
    assertThat(keys).isSorted();
  }
}
