-- H2 only (Database.migrate adds classpath:db/vendor/h2). H2 hands out identity values in blocks
-- of 32 and, each time a block runs out, writes the new block to its catalogue in a transaction of
-- its own: a full store of the file, with every page the running transaction has changed so far.
-- A 10,000-recipient campaign inserts 10,000 recipient rows and 10,000 message rows, so that was
-- about 600 extra stores (a sixth of its database time, issue 10 item 11). Blocks of 10,000 make
-- it two. A crash leaves a gap in the numbers of at most one block, as before; nothing reads
-- meaning into gaps. PostgreSQL's sequences are cheap as they are, and a cache there is per
-- connection, which would number rows out of order.
ALTER TABLE message ALTER COLUMN id SET CACHE 10000;
ALTER TABLE campaign_recipient ALTER COLUMN id SET CACHE 10000;
