-- Complaint and payment-problem tickets opened from chat, and the conversation events staff act on.
CREATE SEQUENCE support_ticket_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE support_tickets (
    id              BIGINT                   PRIMARY KEY,
    customer_id     BIGINT                   REFERENCES customers (id),
    conversation_id VARCHAR(36)              NOT NULL REFERENCES conversations (id),
    kind            VARCHAR(20)              NOT NULL CHECK (kind IN ('COMPLAINT', 'PAYMENT_ISSUE')),
    severity        VARCHAR(10)              NOT NULL CHECK (severity IN ('NORMAL', 'SERIOUS')),
    order_reference VARCHAR(40),
    description     VARCHAR(2000)            NOT NULL,
    status          VARCHAR(12)              NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_tickets_customer_idx ON support_tickets (customer_id, created_at);
CREATE INDEX support_tickets_status_idx ON support_tickets (status, created_at);
