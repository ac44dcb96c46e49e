-- The mail outbox: every message (session invites and cancellations, action-item reminders, later
-- notifications) is written here in the transaction of the change that causes it, and a sender sends it
-- from here. A rolled-back change leaves no row; a stopped or crashed app leaves its rows for the next
-- start or another instance.
CREATE TABLE mail_outbox (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    -- The Message-ID header, the same on every attempt, so that a message sent again after an unknown
    -- outcome (the server took it, then the app stopped before noting so) shows up once in a client.
    message_id       VARCHAR(200)   NOT NULL,
    -- Messages with the same key (one topic, e.g. a session, and one recipient) go out in id order.
    stream_key       VARCHAR(400)   NOT NULL,
    purpose          VARCHAR(100)   NOT NULL,
    recipient_name   VARCHAR(200),
    recipient_email  VARCHAR(320)   NOT NULL,
    reply_to_name    VARCHAR(200),
    reply_to_email   VARCHAR(320),
    subject          VARCHAR(1000)  NOT NULL,
    body_text        MEDIUMTEXT     NOT NULL,
    -- An iMIP calendar part (text/calendar; method=REQUEST or CANCEL), or none.
    calendar_method  VARCHAR(20),
    calendar_text    MEDIUMTEXT,
    -- PENDING until the server takes it (SENT), or DEAD after the last attempt failed.
    status           VARCHAR(10)    NOT NULL,
    attempts         INT            NOT NULL,
    next_attempt_at  TIMESTAMP(6)   NOT NULL,
    -- A sender claims a row for a while before sending it, so that of several app instances one sends it.
    claim_token      VARCHAR(64),
    claimed_until    TIMESTAMP(6),
    last_error       VARCHAR(1000),
    last_attempt_at  TIMESTAMP(6),
    created_at       TIMESTAMP(6)   NOT NULL,
    sent_at          TIMESTAMP(6),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id)
);
-- The sender looks for pending rows that are due; the administrators' view lists the dead ones.
CREATE INDEX ix_mail_outbox_status_due ON mail_outbox (status, next_attempt_at);
-- A row waits while an earlier one of its stream is still pending.
CREATE INDEX ix_mail_outbox_stream ON mail_outbox (stream_key, status, id);
