-- The sender's monthly quota sums the parts of messages sent this month; this index keeps that
-- sum cheap however long the history grows.
CREATE INDEX message_sent_at_idx ON message (sent_at);

-- An account pause lifts by itself when the gateway account is changed after it; this remembers
-- the account's updated_at at the moment of the pause.
ALTER TABLE sender_pause ADD COLUMN account_updated_at TIMESTAMP WITH TIME ZONE;
