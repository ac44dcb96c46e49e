-- Calendar subscription feeds. A person's feed token is derived from a server secret and the feed's
-- version (so the link can be shown again), and only its SHA-256 hash is stored for look-ups.

CREATE TABLE app_secret (
    name        VARCHAR(40)  NOT NULL,
    secret      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_app_secret PRIMARY KEY (name)
);

CREATE TABLE calendar_feed (
    person_id   BIGINT       NOT NULL,
    version     INT          NOT NULL,
    token_hash  VARCHAR(64),
    revoked     BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (person_id),
    CONSTRAINT uq_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
