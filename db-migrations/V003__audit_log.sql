-- The audit log: who did what to whom, when, from where, and whether it worked. Rows are only ever added.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_events (
    id             BIGINT                   PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(254)             NOT NULL, -- username, 'anonymous' or 'system'
    action         VARCHAR(40)              NOT NULL,
    outcome        VARCHAR(10)              NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    target_type    VARCHAR(40),
    target_id      VARCHAR(254),
    client_address VARCHAR(64),
    details        VARCHAR(1000)
);
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_actor_idx ON audit_events (actor, occurred_at);
CREATE INDEX audit_events_action_idx ON audit_events (action, occurred_at);
