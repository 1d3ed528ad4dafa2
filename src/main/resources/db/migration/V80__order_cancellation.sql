-- Issue 12: an order cancelled on the board can be restored to the status it had, for a while.
CREATE TABLE order_cancellation (
    order_id        BIGINT NOT NULL PRIMARY KEY,
    previous_status VARCHAR(16) NOT NULL,
    cancelled_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
