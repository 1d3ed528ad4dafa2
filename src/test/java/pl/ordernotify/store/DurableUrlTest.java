package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurableUrlTest {

  @Test
  void embeddedFileUrlsGainWriteDelayZeroAndNothingElseChanges() {
    assertThat(DurableUrl.of("jdbc:h2:file:/data/ordernotify;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:file:/data/ordernotify;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    assertThat(DurableUrl.of("jdbc:h2:~/shop")).isEqualTo("jdbc:h2:~/shop;WRITE_DELAY=0");
    assertThat(DurableUrl.of("jdbc:h2:file:/x;write_delay=0"))
        .isEqualTo("jdbc:h2:file:/x;write_delay=0");
    assertThat(DurableUrl.of("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
    assertThat(DurableUrl.of("jdbc:h2:tcp://db/shop")).isEqualTo("jdbc:h2:tcp://db/shop");
    assertThat(DurableUrl.of("jdbc:postgresql://db/shop")).isEqualTo("jdbc:postgresql://db/shop");
  }
}
