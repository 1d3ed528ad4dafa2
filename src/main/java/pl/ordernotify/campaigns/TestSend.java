package pl.ordernotify.campaigns;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.Decision;
import pl.ordernotify.messages.DirectSms;
import pl.ordernotify.messages.Handover;
import pl.ordernotify.messages.IdempotencyKeys;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;

/**
 * {@code campaigns test}: the campaign's SMS as a real recipient would get it (their name, their
 * code), sent to a staff phone. Recorded as a TEST message, not as a recipient.
 */
public final class TestSend {

  /** The text sent, its parts, the gateway's answer in plain words, and whether it was accepted. */
  public record Outcome(String text, int parts, boolean accepted, String answer) {}

  private final Database db;
  private final CampaignService campaigns;
  private final Supplier<SmsGateway> gateways;
  private final Clock clock;

  TestSend(Database db, CampaignService campaigns, Supplier<SmsGateway> gateways, Clock clock) {
    this.db = db;
    this.campaigns = campaigns;
    this.gateways = gateways;
    this.clock = clock;
  }

  Outcome send(Campaign c, String phone) {
    if (!(PhoneNumbers.check(phone) instanceof PhoneCheck.Valid valid)) {
      throw new CampaignRefusal(
          "BAD_PHONE", "'" + phone + "' is not a mobile number that can get an SMS.", phone);
    }
    List<Customer> audience = campaigns.audiences().of(c.audience());
    if (audience.isEmpty()) {
      throw new CampaignRefusal(
          "EMPTY_AUDIENCE",
          "No customer matches the campaign now, so there are no real values" + " to test with.");
    }
    Customer sample = audience.get(0);
    String code = Campaign.UNIQUE.equals(c.codeMode()) ? PromoCodes.one(c.codePrefix()) : null;
    CampaignTexts texts = campaigns.texts(c);
    CampaignTexts.Text t = texts.render(sample.language(), sample.name(), texts.codeFor(code));
    if (!t.ok()) {
      throw new CampaignRefusal(
          t.refusalCode(), "The SMS cannot be written: " + t.refusal(), t.refusal());
    }
    SmsGateway gateway = gateways.get();
    String key = IdempotencyKeys.next();
    boolean fold = new SettingsService(db).restaurant().foldDiacritics();
    SendResult result =
        gateway.send(new OutgoingSms(valid.e164(), t.text(), null, key, null, false, fold));
    boolean accepted =
        result instanceof SendResult.Accepted || result instanceof SendResult.Duplicate;
    record(c, t, valid.e164(), key, gateway, result, accepted);
    return new Outcome(t.text(), t.parts(), accepted, describe(result));
  }

  private void record(
      Campaign c,
      CampaignTexts.Text t,
      String phone,
      String key,
      SmsGateway gateway,
      SendResult result,
      boolean accepted) {
    String gatewayId = result instanceof SendResult.Accepted a ? a.gatewayId() : null;
    Decision decision =
        new Decision(
            accepted ? MessageStatus.SENT : MessageStatus.FAILED,
            "CAMPAIGN_TEST",
            describe(result));
    Handover handover =
        new Handover(phone, gateway.provider(), t.text(), t.parts(), null, gatewayId, null);
    DirectSms sms =
        DirectSms.campaignTest(
            c.id(), t.template().templateId(), decision, handover, key, clock.instant());
    db.withMapper(
        MessageMapper.class,
        m -> {
          m.insertDirect(sms, new GeneratedId());
          return null;
        });
  }

  static String describe(SendResult r) {
    if (r instanceof SendResult.Accepted a) {
      return "Accepted as " + a.gatewayId() + " (" + a.parts() + " part(s)).";
    }
    if (r instanceof SendResult.Duplicate) {
      return "The gateway already had this SMS.";
    }
    if (r instanceof SendResult.Rejected x) {
      return "Refused: " + x.reason() + " (code " + x.code() + ").";
    }
    if (r instanceof SendResult.AccountProblem x) {
      return "Account problem: " + x.reason() + " (code " + x.code() + ").";
    }
    if (r instanceof SendResult.RetryLater x) {
      return "Not sent now: " + x.reason() + ".";
    }
    return "No answer: " + ((SendResult.Unknown) r).reason() + ".";
  }
}
