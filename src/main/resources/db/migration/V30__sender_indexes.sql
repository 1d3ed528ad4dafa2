-- The sender's monthly quota sums the parts of messages sent this month; this index keeps that
-- sum cheap however long the history grows.
CREATE INDEX message_sent_at_idx ON message (sent_at);
