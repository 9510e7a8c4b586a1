-- E-mails wait here, written in the same transaction as the change they announce, until a background job has
-- sent them; an SMTP outage only delays them. A row is claimed for a while before sending, so two server nodes
-- never send the same e-mail at the same time.
CREATE SEQUENCE email_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE email_outbox (
    id              BIGINT                   PRIMARY KEY,
    recipient       VARCHAR(254)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body_text       VARCHAR(20000)           NOT NULL,
    body_html       VARCHAR(40000)           NOT NULL,
    kind            VARCHAR(40)              NOT NULL,
    order_reference VARCHAR(20),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    version         BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX email_outbox_due_idx ON email_outbox (sent_at, next_attempt_at);
