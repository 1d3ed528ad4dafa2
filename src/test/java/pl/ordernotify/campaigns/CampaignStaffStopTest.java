package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * A pass claims batches ahead of sending them, so the gateway always has some to answer. When staff
 * pause or cancel the campaign while batches are out, no claimed batch leaves after that: those
 * claimed and not sent yet wait again (pause) or are cancelled (cancel), none is left claimed.
 */
class CampaignStaffStopTest {

  private final FakeGateway smsapi = FakeGateway.smsapi();
  private final StaffAtFirstRequest gateway = new StaffAtFirstRequest(smsapi);
  private final CampaignFixture f = new CampaignFixture(gateway);

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aPauseWhileBatchesAreOutLeavesTheClaimedOnesWaiting() {
    // given twenty recipients sent one per request, and staff pausing the campaign while six
    // requests are out and more are claimed
    twentyRecipients("Pauza");
    gateway.staff = name -> f.campaigns.pause(name);

    // when the campaign pass runs
    f.pass.run(f.gateway);

    // then only the seven requests already out reached the gateway; the rest wait, none claimed
    assertThat(smsapi.requests()).hasSize(7);
    assertThat(statuses()).containsExactly("PENDING 13", "SENT 7");
    assertThat(f.column("SELECT status FROM campaign")).containsExactly("PAUSED");

    // and once resumed, each of the others gets its SMS, once
    f.campaigns.resume("Pauza");
    f.pass.run(f.gateway);
    assertThat(statuses()).containsExactly("SENT 20");
    assertThat(smsapi.requests()).hasSize(20);
    assertThat(smsapi.requests().stream().map(OutgoingSms::to).distinct()).hasSize(20);
  }

  @Test
  void aCancelWhileBatchesAreOutCancelsTheClaimedOnesToo() {
    // given twenty recipients sent one per request, and staff cancelling the campaign while six
    // requests are out and more are claimed
    twentyRecipients("Anulowana");
    gateway.staff = name -> f.campaigns.cancel(name);

    // when the campaign pass runs
    f.pass.run(f.gateway);

    // then the seven requests already out were sent, every other recipient is cancelled
    assertThat(smsapi.requests()).hasSize(7);
    assertThat(statuses()).containsExactly("CANCELLED 13", "SENT 7");
    assertThat(f.column("SELECT status FROM campaign")).containsExactly("CANCELLED");
  }

  private void twentyRecipients(String name) {
    new SettingsService(f.db).put(Setting.MARKETING_WINDOW, "00:00-00:00");
    for (int i = 0; i < 20; i++) {
      f.customer("Klient" + i + " Testowy", String.format("6001004%02d", i), true, false, "pl");
    }
    f.campaigns.create(f.draft(name, "STOP", null, AudienceFilter.everyone()));
    f.campaigns.start(name);
    gateway.campaign = name;
  }

  private java.util.List<String> statuses() {
    return f.column(
        "SELECT status || ' ' || COUNT(*) FROM campaign_recipient GROUP BY status ORDER BY status");
  }

  /**
   * One recipient per request, six at a time, more claimed ahead. The first is answered at once, so
   * the pass sends the seventh, claimed ahead; the seventh request does what staff do in the
   * console meanwhile. The five out since the start are answered only after that, as a slower
   * gateway would.
   */
  private static final class StaffAtFirstRequest extends DelegatingGateway {
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch staffDone = new CountDownLatch(1);
    volatile Consumer<String> staff = name -> {};
    volatile String campaign;

    StaffAtFirstRequest(FakeGateway delegate) {
      super(delegate);
    }

    @Override
    public int maxBatch() {
      return 1;
    }

    @Override
    public SendResult send(OutgoingSms sms) {
      int n = requests.incrementAndGet();
      if (n == 7) {
        staff.accept(campaign);
        staffDone.countDown();
      } else if (n > 1 && n < 7) {
        await();
      }
      return super.send(sms);
    }

    private void await() {
      try {
        assertThat(staffDone.await(30, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
