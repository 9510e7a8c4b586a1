-- Order changes a support desk makes (issue 13): a new address, payment method or quantity before shipping, an
-- item exchanged for another variant after delivery. Written to run unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode.

-- Two statuses more for exchanges. The status column is rebuilt because V001 left its CHECK constraint unnamed,
-- and PostgreSQL and H2 name an unnamed constraint differently (dropping the column drops it on both); the new
-- constraint has a name, so the next change only drops and adds it.
DROP INDEX orders_status_idx;
ALTER TABLE orders ADD COLUMN status_new VARCHAR(20);
UPDATE orders SET status_new = status;
ALTER TABLE orders DROP COLUMN status;
ALTER TABLE orders RENAME COLUMN status_new TO status;
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN ('PENDING', 'CONFIRMED', 'PROCESSING',
    'SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED', 'RETURN_REQUESTED', 'RETURNED', 'EXCHANGE_REQUESTED',
    'EXCHANGED'));
CREATE INDEX orders_status_idx ON orders (status);

-- The tier discount rate the order was placed with: a changed quantity or an exchange reprices the order at the
-- rate it was sold at, whatever the tier tables say later.
ALTER TABLE orders ADD COLUMN discount_rate NUMERIC(5,4);
UPDATE orders SET discount_rate = (SELECT t.discount_rate FROM customer_tiers t WHERE t.code = orders.tier_code);
ALTER TABLE orders ALTER COLUMN discount_rate SET NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_discount_rate_check CHECK (discount_rate >= 0 AND discount_rate < 1);

-- An exchanged line holds the replacement; what it replaced is kept beside it (and goes back on the shelf when
-- staff complete the exchange).
ALTER TABLE order_items ADD COLUMN replaced_product_id BIGINT REFERENCES products (id);
ALTER TABLE order_items ADD COLUMN replaced_sku VARCHAR(40);
ALTER TABLE order_items ADD COLUMN replaced_product_name VARCHAR(200);
ALTER TABLE order_items ADD COLUMN replaced_unit_price NUMERIC(14,2);

-- The timeline also records changes that leave the status as it is (from_status = to_status): what kind of step
-- each entry is. Existing entries are status changes.
ALTER TABLE order_status_history ADD COLUMN kind VARCHAR(30) DEFAULT 'STATUS' NOT NULL;
ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_kind_check CHECK (kind IN ('STATUS',
    'ADDRESS_CHANGED', 'PAYMENT_METHOD_CHANGED', 'ITEM_QUANTITY_CHANGED', 'ITEM_REMOVED',
    'ITEM_EXCHANGE_REQUESTED'));
