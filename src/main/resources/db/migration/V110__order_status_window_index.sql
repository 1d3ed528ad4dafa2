-- Issue 13: the sender's every-second poll reads a fingerprint of the recent orders' statuses
-- (one range per status over the last 48 hours) from this index alone instead of comparing every
-- recent order with order_seen; id is in it so PostgreSQL can answer from the index too. LATE's
-- open orders are found through it as well. placed_at's own index stays the one that leads with it.
CREATE INDEX delivery_order_status_window_idx ON delivery_order (status, placed_at, id);
