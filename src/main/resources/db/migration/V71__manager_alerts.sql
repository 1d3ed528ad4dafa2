-- Issue 16: SMS alerts to the manager. An alert is a message row of kind ALERT (counted in costs);
-- manager_alert keeps "at most one alert per cause per day" across restarts and processes.

ALTER TABLE message DROP CONSTRAINT message_kind_check;
ALTER TABLE message ADD CONSTRAINT message_kind_check CHECK (kind IN ('ORDER', 'CAMPAIGN', 'TEST', 'ALERT'));

CREATE TABLE manager_alert (
    cause      VARCHAR(16) NOT NULL,
    alert_day  DATE NOT NULL,
    message_id BIGINT,
    detail     VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT manager_alert_pk PRIMARY KEY (cause, alert_day)
);
