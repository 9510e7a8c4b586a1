-- Naija Support Agent: the schema. The only source of truth for it (JPA schema generation is off).
-- Written to run unchanged on PostgreSQL 15 and on H2 2.3 in MODE=PostgreSQL.
-- Money is NUMERIC(14,2) naira; instants are TIMESTAMP WITH TIME ZONE (shown in Africa/Lagos).
-- Ids come from sequences that step by 50, matching the JPA allocation size (EclipseLink hands out V-49..V).

-- Reference data --------------------------------------------------------------------------------------------

CREATE TABLE delivery_zones (
    code          VARCHAR(20)   PRIMARY KEY,
    name          VARCHAR(60)   NOT NULL,
    fee           NUMERIC(14,2) NOT NULL CHECK (fee >= 0),
    delivery_days INTEGER       NOT NULL CHECK (delivery_days > 0)
);

-- Code: the ISO 3166-2:NG subdivision code without the "NG-" prefix (LA, FC, KN, ...).
CREATE TABLE states (
    code               VARCHAR(2)  PRIMARY KEY,
    name               VARCHAR(40) NOT NULL UNIQUE,
    capital            VARCHAR(40) NOT NULL,
    geopolitical_zone  VARCHAR(20) NOT NULL,
    delivery_zone_code VARCHAR(20) NOT NULL REFERENCES delivery_zones (code)
);

-- Ways people name a state: NAME, CODE, CAPITAL, CITY (a big town in it) or SLANG ("Lasgidi").
-- Aliases are stored normalised: lower case, single spaces, no punctuation, no trailing "state".
CREATE TABLE state_aliases (
    alias      VARCHAR(60) PRIMARY KEY,
    state_code VARCHAR(2)  NOT NULL REFERENCES states (code),
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('NAME', 'CODE', 'CAPITAL', 'CITY', 'SLANG'))
);

CREATE TABLE customer_tiers (
    code          VARCHAR(10)   PRIMARY KEY,
    name          VARCHAR(30)   NOT NULL,
    rank          INTEGER       NOT NULL UNIQUE,
    min_spend     NUMERIC(14,2) NOT NULL CHECK (min_spend >= 0),
    discount_rate NUMERIC(5,4)  NOT NULL CHECK (discount_rate >= 0 AND discount_rate < 1)
);

CREATE TABLE payment_methods (
    code        VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    prepaid     BOOLEAN      NOT NULL,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INTEGER      NOT NULL
);

CREATE TABLE categories (
    slug       VARCHAR(40) PRIMARY KEY,
    name       VARCHAR(60) NOT NULL,
    sort_order INTEGER     NOT NULL
);

CREATE TABLE system_flags (
    name       VARCHAR(60)              PRIMARY KEY,
    flag_value VARCHAR(200)             NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Catalogue ---------------------------------------------------------------------------------------------------

CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE products (
    id            BIGINT                   PRIMARY KEY,
    sku           VARCHAR(40)              NOT NULL UNIQUE,
    name          VARCHAR(200)             NOT NULL,
    brand         VARCHAR(80)              NOT NULL,
    category_slug VARCHAR(40)              NOT NULL REFERENCES categories (slug),
    price         NUMERIC(14,2)            NOT NULL CHECK (price >= 0),
    stock         INTEGER                  NOT NULL CHECK (stock >= 0),
    popularity    INTEGER                  NOT NULL DEFAULT 0,
    description   VARCHAR(2000)            NOT NULL,
    active        BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX products_category_idx ON products (category_slug);
CREATE INDEX products_brand_idx ON products (brand);

CREATE TABLE product_attributes (
    product_id BIGINT       NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    name       VARCHAR(40)  NOT NULL,
    attr_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (product_id, name)
);

-- People --------------------------------------------------------------------------------------------------------

-- Everyone who signs in: customers with an account and staff. Groups map to roles of the same name.
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_accounts (
    id            BIGINT                   PRIMARY KEY,
    username      VARCHAR(254)             NOT NULL UNIQUE,
    password_hash VARCHAR(512)             NOT NULL,
    display_name  VARCHAR(120)             NOT NULL,
    enabled       BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL DEFAULT 0
);

CREATE TABLE user_groups (
    user_account_id BIGINT      NOT NULL REFERENCES user_accounts (id) ON DELETE CASCADE,
    group_name      VARCHAR(30) NOT NULL
        CHECK (group_name IN ('customer', 'support_agent', 'admin', 'super_admin')),
    PRIMARY KEY (user_account_id, group_name)
);

CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE customers (
    id              BIGINT                   PRIMARY KEY,
    user_account_id BIGINT                   UNIQUE REFERENCES user_accounts (id),
    full_name       VARCHAR(120)             NOT NULL,
    email           VARCHAR(254)             NOT NULL UNIQUE,
    phone           VARCHAR(16)              NOT NULL UNIQUE, -- E.164, +234...
    state_code      VARCHAR(2)               REFERENCES states (code),
    city            VARCHAR(80),
    address         VARCHAR(300),
    tier_code       VARCHAR(10)              NOT NULL REFERENCES customer_tiers (code),
    total_spent     NUMERIC(14,2)            NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
    status          VARCHAR(12)              NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX customers_state_idx ON customers (state_code);

-- Carts: the durable copy of a cart (the live one is in the key-value store, which may forget).
CREATE SEQUENCE cart_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE carts (
    id               BIGINT                   PRIMARY KEY,
    customer_id      BIGINT                   UNIQUE REFERENCES customers (id),
    guest_token_hash VARCHAR(64)              UNIQUE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0,
    CHECK (customer_id IS NOT NULL OR guest_token_hash IS NOT NULL)
);

CREATE SEQUENCE cart_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cart_items (
    id         BIGINT                   PRIMARY KEY,
    cart_id    BIGINT                   NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    product_id BIGINT                   NOT NULL REFERENCES products (id),
    quantity   INTEGER                  NOT NULL CHECK (quantity > 0),
    unit_price NUMERIC(14,2)            NOT NULL CHECK (unit_price >= 0),
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (cart_id, product_id)
);

-- Orders and payments ----------------------------------------------------------------------------------------

CREATE SEQUENCE order_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE orders (
    id                     BIGINT                   PRIMARY KEY,
    reference              VARCHAR(20)              NOT NULL UNIQUE, -- RQB + yyyyMMdd + 8 digits
    customer_id            BIGINT                   NOT NULL REFERENCES customers (id),
    status                 VARCHAR(20)              NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED',
                               'PROCESSING', 'SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED',
                               'RETURN_REQUESTED', 'RETURNED')),
    payment_method_code    VARCHAR(20)              NOT NULL REFERENCES payment_methods (code),
    payment_status         VARCHAR(20)              NOT NULL CHECK (payment_status IN ('AWAITING_PAYMENT',
                               'PAID', 'REFUNDED', 'FAILED')),
    tier_code              VARCHAR(10)              NOT NULL REFERENCES customer_tiers (code),
    subtotal               NUMERIC(14,2)            NOT NULL CHECK (subtotal >= 0),
    discount               NUMERIC(14,2)            NOT NULL CHECK (discount >= 0),
    delivery_fee           NUMERIC(14,2)            NOT NULL CHECK (delivery_fee >= 0),
    total                  NUMERIC(14,2)            NOT NULL CHECK (total >= 0),
    delivery_state_code    VARCHAR(2)               NOT NULL REFERENCES states (code),
    delivery_city          VARCHAR(80)              NOT NULL,
    delivery_address       VARCHAR(300)             NOT NULL,
    expected_delivery_date DATE                     NOT NULL,
    idempotency_key        VARCHAR(100)             UNIQUE,
    placed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at);
CREATE INDEX orders_placed_idx ON orders (placed_at);
CREATE INDEX orders_status_idx ON orders (status);

CREATE SEQUENCE order_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE order_items (
    id           BIGINT        PRIMARY KEY,
    order_id     BIGINT        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id   BIGINT        NOT NULL REFERENCES products (id),
    sku          VARCHAR(40)   NOT NULL,
    product_name VARCHAR(200)  NOT NULL,
    unit_price   NUMERIC(14,2) NOT NULL CHECK (unit_price >= 0),
    quantity     INTEGER       NOT NULL CHECK (quantity > 0),
    line_total   NUMERIC(14,2) NOT NULL CHECK (line_total >= 0)
);
CREATE INDEX order_items_order_idx ON order_items (order_id);
CREATE INDEX order_items_product_idx ON order_items (product_id);

CREATE SEQUENCE order_status_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE order_status_history (
    id          BIGINT                   PRIMARY KEY,
    order_id    BIGINT                   NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(120)             NOT NULL,
    note        VARCHAR(500)
);
CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, changed_at);

CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payments (
    id                  BIGINT                   PRIMARY KEY,
    order_id            BIGINT                   NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    method_code         VARCHAR(20)              NOT NULL REFERENCES payment_methods (code),
    amount              NUMERIC(14,2)            NOT NULL CHECK (amount >= 0),
    status              VARCHAR(20)              NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'FAILED',
                            'REFUNDED')),
    transfer_reference  VARCHAR(60),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    confirmed_by        VARCHAR(120)
);
CREATE INDEX payments_order_idx ON payments (order_id);

-- RaqibTechPay wallet: a balance that never goes negative and a ledger of every movement.
CREATE TABLE wallets (
    customer_id BIGINT                   PRIMARY KEY REFERENCES customers (id),
    balance     NUMERIC(14,2)            NOT NULL DEFAULT 0 CHECK (balance >= 0),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL DEFAULT 0
);

CREATE SEQUENCE wallet_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wallet_entries (
    id            BIGINT                   PRIMARY KEY,
    customer_id   BIGINT                   NOT NULL REFERENCES wallets (customer_id),
    entry_type    VARCHAR(20)              NOT NULL CHECK (entry_type IN ('TOP_UP', 'DEBIT', 'REFUND',
                      'ADJUSTMENT')),
    amount        NUMERIC(14,2)            NOT NULL CHECK (amount <> 0), -- credit > 0, debit < 0
    balance_after NUMERIC(14,2)            NOT NULL CHECK (balance_after >= 0),
    order_id      BIGINT                   REFERENCES orders (id),
    actor         VARCHAR(120)             NOT NULL,
    note          VARCHAR(300),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX wallet_entries_customer_idx ON wallet_entries (customer_id, created_at);

-- Conversations ---------------------------------------------------------------------------------------------

-- Keyed by an unguessable UUID; customer_id is null for a guest until the guest signs in.
CREATE TABLE conversations (
    id                VARCHAR(36)              PRIMARY KEY,
    customer_id       BIGINT                   REFERENCES customers (id),
    channel           VARCHAR(20)              NOT NULL CHECK (channel IN ('WEB', 'WHATSAPP')),
    status            VARCHAR(24)              NOT NULL CHECK (status IN ('BOT', 'WAITING_FOR_AGENT',
                          'WITH_AGENT', 'CLOSED')),
    assigned_agent_id BIGINT                   REFERENCES user_accounts (id),
    language          VARCHAR(8),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX conversations_customer_idx ON conversations (customer_id, last_activity_at);
CREATE INDEX conversations_status_idx ON conversations (status);

CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE messages (
    id              BIGINT                   PRIMARY KEY,
    conversation_id VARCHAR(36)              NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    channel         VARCHAR(20)              NOT NULL CHECK (channel IN ('WEB', 'WHATSAPP')),
    direction       VARCHAR(8)               NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    author_type     VARCHAR(10)              NOT NULL CHECK (author_type IN ('CUSTOMER', 'BOT', 'AGENT',
                        'SYSTEM')),
    author_id       BIGINT                   REFERENCES user_accounts (id),
    body            VARCHAR(8000)            NOT NULL,
    intent          VARCHAR(40),
    sentiment       VARCHAR(10),
    internal_note   BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX messages_conversation_idx ON messages (conversation_id, created_at);
