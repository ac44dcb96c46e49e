-- The in-app notification list behind the bell: what waits for a person (a proposed session to lead, a swap
-- asked of the team, an RSVP) and news (a cancellation). Any feature adds its own kinds; a notification
-- belongs to its recipient alone.
CREATE TABLE notification (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id  BIGINT        NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    detail        VARCHAR(500),
    link          VARCHAR(300),
    created_at    TIMESTAMP(6)  NOT NULL,
    -- Null while unread. ("read" itself is a reserved word in MySQL.)
    read_at       TIMESTAMP(6),
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES person (id) ON DELETE CASCADE
);
-- The bell counts a person's unread ones; the list shows theirs newest first.
CREATE INDEX ix_notification_recipient_read_created ON notification (recipient_id, read_at, created_at);
