-- Issue 13: the sender's change probe asks MAX(status_changed_at) four times a second; with this
-- index that is one index lookup, whatever the number of orders (the POS sets the column with
-- every status change, DESIGN §2).
CREATE INDEX delivery_order_status_changed_at_idx ON delivery_order (status_changed_at);
