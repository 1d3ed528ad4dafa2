package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.TemplateDraft;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * A restaurant with customers, order history and campaign templates on real H2, written as a POS
 * would.
 */
final class CampaignFixture implements AutoCloseable {

  final Database db;
  final MutableClock clock = MutableClock.at("2025-03-10T11:00:00Z"); // 12:00 in Warsaw, a Monday
  final SmsGateway gateway;
  final CampaignService campaigns;
  final CampaignPass pass;
  private int orderNo;

  CampaignFixture(SmsGateway gateway) {
    this(TestDatabase.inMemory(), gateway);
  }

  CampaignFixture(Database db, SmsGateway gateway) {
    this.db = db;
    this.gateway = gateway;
    new SettingsService(db).put(Setting.RESTAURANT_NAME, "Pizzeria Roma");
    Renderer renderer = new Renderer();
    this.campaigns = new CampaignService(db, renderer, () -> gateway, clock);
    this.pass = new CampaignPass(db, renderer, clock);
    TemplateService templates = new TemplateService(db, renderer, clock);
    templates.save(
        new TemplateDraft(
            "promo-pl",
            TemplateKind.CAMPAIGN,
            "pl",
            null,
            "Cześć <<imie>>! <<nazwaPromocji>> w <<nazwaLokalu>>: kod <<kodPromocyjny>>"));
    templates.save(
        new TemplateDraft(
            "promo-en",
            TemplateKind.CAMPAIGN,
            "en",
            null,
            "Hi <<imie>>! <<nazwaPromocji>> at <<nazwaLokalu>>: code <<kodPromocyjny>>"));
    templates.save(
        new TemplateDraft(
            "promo-nocode",
            TemplateKind.CAMPAIGN,
            "pl",
            null,
            "<<nazwaPromocji>> w <<nazwaLokalu>>!"));
    templates.save(
        new TemplateDraft(
            "order-ready", TemplateKind.ORDER, "pl", null, "Zamówienie <<nrZamowienia>> gotowe"));
  }

  long customer(String name, String phone, boolean consent, boolean optOut, String language) {
    return insert(
        "INSERT INTO customer (name, phone, marketing_consent, sms_opt_out, language) VALUES (?, ?, ?, ?, ?)",
        name,
        phone,
        consent,
        optOut,
        language);
  }

  /** An order {@code daysAgo} days ago, as the POS writes it. */
  long order(long customerId, int daysAgo, String total, String promoCode) {
    OffsetDateTime placed =
        OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
    return insert(
        "INSERT INTO delivery_order (order_no, customer_id, status, total_gross, payment_method, prep_minutes,"
            + " placed_at, promo_code) VALUES (?, ?, 'DELIVERED', ?, 'CARD', 30, ?, ?)",
        "N" + (++orderNo),
        customerId,
        new BigDecimal(total),
        placed,
        promoCode);
  }

  long orderNow(Long customerId, String total, String promoCode) {
    return order(customerId, 0, total, promoCode);
  }

  CampaignDraft draft(String name, String uniquePrefix, String code, AudienceFilter audience) {
    return new CampaignDraft(
        name,
        List.of("promo-pl", "promo-en"),
        "Pizza tygodnia",
        code,
        uniquePrefix,
        14,
        audience,
        null);
  }

  /** Runs campaign passes until nothing more is decided. */
  void runUntilIdle() {
    for (int i = 0; i < 1000 && pass.run(gateway) > 0; i++) {
      // each pass sends one round
    }
  }

  List<String> column(String sql, Object... args) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<String> out = new java.util.ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long insert(String sql, Object... args) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void sql(String sql, Object... args) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    pass.close();
    db.close();
  }
}
