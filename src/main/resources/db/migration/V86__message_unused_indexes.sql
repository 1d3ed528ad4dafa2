-- Issue 10 item 11 (campaign benchmark): every campaign SMS writes an entry into each index of
-- `message`. Two of them serve no query: message_created_idx (no statement filters or sorts
-- `message` by created_at alone) and message_order_idx (order_id is the leading column of the
-- message_once unique index, which H2 and PostgreSQL use for `WHERE order_id = ?` instead).
DROP INDEX message_created_idx;
DROP INDEX message_order_idx;
