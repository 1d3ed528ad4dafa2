-- Issue 16: the LATE stage (DESIGN §3) and optional conditions on every stage.
-- The LATE grace minutes live in the app_setting 'late.graceMinutes' (Setting.LATE_GRACE_MINUTES).

ALTER TABLE stage_rule DROP CONSTRAINT stage_rule_stage_check;
ALTER TABLE stage_rule ADD CONSTRAINT stage_rule_stage_check
    CHECK (stage IN ('ACCEPTED', 'READY', 'DEPARTED', 'THANK_YOU', 'LATE'));

-- Conditions, combined with AND; NULL / FALSE = no condition.
ALTER TABLE stage_rule ADD COLUMN min_value DECIMAL(12, 2);
ALTER TABLE stage_rule ADD COLUMN max_value DECIMAL(12, 2);
-- comma-separated payment methods (CASH,CARD,ONLINE,VOUCHER)
ALTER TABLE stage_rule ADD COLUMN payment_methods VARCHAR(64);
ALTER TABLE stage_rule ADD COLUMN first_order_only BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE stage_rule ADD COLUMN customer_language VARCHAR(8);

INSERT INTO stage_rule (stage, enabled, delay_minutes, validity_minutes, days_after, window_start, window_end)
VALUES ('LATE', FALSE, 0, 30, NULL, NULL, NULL);
