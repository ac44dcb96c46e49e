-- "I'm stuck on X": help requests between sessions, routed to the people who know, answered in a thread.
-- Kinds, urgencies and states are plain strings checked by the application (no CHECK ... IN: see V13).

CREATE TABLE help_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL,
    asker_id              BIGINT        NOT NULL,
    -- The asker's team; whole_organisation widens who may see and answer it (unless the team's rules forbid).
    team_id               BIGINT        NOT NULL,
    whole_organisation    BOOLEAN       NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    details               TEXT          NOT NULL,
    urgency               VARCHAR(12)   NOT NULL,
    confidential          BOOLEAN       NOT NULL,
    roundtable_consent    BOOLEAN       NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    closed_at             TIMESTAMP(6),
    -- When the people asked so far have had their window: then the next three are asked.
    escalate_at           TIMESTAMP(6),
    accepted_answer_id    BIGINT,
    -- "This answered it": the article that did, counted on the article's side by this column.
    answered_by_article   BIGINT,
    turned_into_article   BIGINT,
    logged_as_gap         BIGINT,
    gap_asked_at          TIMESTAMP(6),
    CONSTRAINT pk_help_request PRIMARY KEY (id),
    CONSTRAINT fk_help_request_asker FOREIGN KEY (asker_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_request_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_request_article FOREIGN KEY (answered_by_article) REFERENCES article (id) ON DELETE SET NULL
);
-- An asker's open requests (at most three); the board reads open requests newest first (few among the history's
-- many closed ones); the jobs look for due ones.
CREATE INDEX ix_help_request_asker ON help_request (asker_id, status);
CREATE INDEX ix_help_request_status_created ON help_request (status, created_at);
CREATE INDEX ix_help_request_team_status ON help_request (team_id, status);
CREATE INDEX ix_help_request_escalate ON help_request (status, escalate_at);

CREATE TABLE help_request_tag (
    request_id  BIGINT       NOT NULL,
    tag         VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_help_request_tag PRIMARY KEY (request_id, tag),
    CONSTRAINT fk_help_request_tag_request FOREIGN KEY (request_id) REFERENCES help_request (id) ON DELETE CASCADE
);

-- Who may see a confidential request besides its asker.
CREATE TABLE help_request_viewer (
    request_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    CONSTRAINT pk_help_request_viewer PRIMARY KEY (request_id, person_id),
    CONSTRAINT fk_help_request_viewer_request FOREIGN KEY (request_id) REFERENCES help_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_request_viewer_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_help_request_viewer_person ON help_request_viewer (person_id);

-- Every person routing asked, with the reason, once per request (the unique key is the "never twice" guarantee).
CREATE TABLE help_routing (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    request_id   BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    round        INT           NOT NULL,
    reason       VARCHAR(300)  NOT NULL,
    notified_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_help_routing PRIMARY KEY (id),
    CONSTRAINT uq_help_routing_person UNIQUE (request_id, person_id),
    CONSTRAINT fk_help_routing_request FOREIGN KEY (request_id) REFERENCES help_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_routing_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_help_routing_person ON help_routing (person_id, notified_at);

CREATE TABLE help_answer (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    request_id      BIGINT        NOT NULL,
    author_id       BIGINT        NOT NULL,
    -- A reply to another answer; null for a reply to the request itself.
    parent_id       BIGINT,
    body            TEXT          NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    pair_starts_at  TIMESTAMP(6),
    pair_minutes    INT,
    pair_session_id BIGINT,
    CONSTRAINT pk_help_answer PRIMARY KEY (id),
    CONSTRAINT fk_help_answer_request FOREIGN KEY (request_id) REFERENCES help_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_answer_author FOREIGN KEY (author_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_answer_parent FOREIGN KEY (parent_id) REFERENCES help_answer (id),
    CONSTRAINT ck_help_answer_pair_minutes CHECK (pair_minutes IS NULL OR pair_minutes BETWEEN 15 AND 240)
);
CREATE INDEX ix_help_answer_request ON help_answer (request_id, created_at);
-- Load spread: how many requests a person answered in the last 30 days.
CREATE INDEX ix_help_answer_author ON help_answer (author_id, created_at);

-- A manager's rules for help requests in their team. No row: the defaults.
CREATE TABLE help_team_rules (
    team_id                  BIGINT   NOT NULL,
    version                  BIGINT   NOT NULL,
    team_only                BOOLEAN  NOT NULL,
    today_window_minutes     INT      NOT NULL,
    week_window_minutes      INT      NOT NULL,
    whenever_window_minutes  INT      NOT NULL,
    CONSTRAINT pk_help_team_rules PRIMARY KEY (team_id),
    CONSTRAINT fk_help_team_rules_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT ck_help_team_rules_windows CHECK (today_window_minutes BETWEEN 15 AND 20160
        AND week_window_minutes BETWEEN 15 AND 20160 AND whenever_window_minutes BETWEEN 15 AND 20160)
);

-- Mail about help requests: one per request, or a daily digest. Lines wait here until the digest is sent.
CREATE TABLE help_mail_choice (
    person_id     BIGINT   NOT NULL,
    daily_digest  BOOLEAN  NOT NULL,
    CONSTRAINT pk_help_mail_choice PRIMARY KEY (person_id),
    CONSTRAINT fk_help_mail_choice_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE help_digest_line (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    person_id   BIGINT        NOT NULL,
    line        VARCHAR(400)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    sent_at     TIMESTAMP(6),
    CONSTRAINT pk_help_digest_line PRIMARY KEY (id),
    CONSTRAINT fk_help_digest_line_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_help_digest_line_unsent ON help_digest_line (sent_at, person_id);
