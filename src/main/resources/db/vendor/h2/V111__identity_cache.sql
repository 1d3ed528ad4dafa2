-- H2 only (Database.migrate adds classpath:db/vendor/{vendor}). H2 hands out identity values in
-- blocks of 32 and, each time a block runs out, writes the new block to its catalogue in a
-- transaction of its own: a full store of the file. A 10,000-recipient campaign inserted 10,000
-- recipient rows and 10,000 message rows, so about 600 extra file stores (a sixth of its time,
-- issue 10 item 11). Blocks of 1,000 make that 20. A crash leaves a gap in the numbers of at most
-- one block, as before; nothing reads meaning into gaps. PostgreSQL's sequences are cheap as they
-- are, and a cache there is per connection, which would number rows out of order.
ALTER TABLE message ALTER COLUMN id SET CACHE 1000;
ALTER TABLE campaign_recipient ALTER COLUMN id SET CACHE 1000;
