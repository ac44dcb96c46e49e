-- Peer mentoring, part 2: a mentee asks a mentor. PENDING waits for the mentor, MORE_INFO for the mentee; a mentee
-- has at most three of those at once. Accepting is a guarded UPDATE on status, so only one answer wins.
CREATE TABLE mentoring_request_status (
    code  VARCHAR(12) NOT NULL,
    CONSTRAINT pk_mentoring_request_status PRIMARY KEY (code)
);
INSERT INTO mentoring_request_status (code) VALUES ('PENDING'), ('MORE_INFO'), ('ACCEPTED'), ('DECLINED'), ('WITHDRAWN');

CREATE TABLE mentoring_withdrawal (
    code  VARCHAR(14) NOT NULL,
    CONSTRAINT pk_mentoring_withdrawal PRIMARY KEY (code)
);
INSERT INTO mentoring_withdrawal (code) VALUES ('BY_MENTEE'), ('OTHER_MENTOR'), ('NO_ANSWER');

CREATE TABLE mentoring_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL,
    mentee_id      BIGINT        NOT NULL,
    mentor_id      BIGINT        NOT NULL,
    -- What the mentee wants to learn, as they wrote it; goal_key is its lower-case form: one goal, one mentor.
    goal           VARCHAR(80)   NOT NULL,
    goal_key       VARCHAR(80)   NOT NULL,
    message        VARCHAR(1000) NOT NULL,
    rhythm         VARCHAR(12)   NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    withdrawal     VARCHAR(14),
    question       VARCHAR(500),
    answer         VARCHAR(1000),
    decline_note   VARCHAR(500),
    created_at     TIMESTAMP(6)  NOT NULL,
    -- Since when the mentor owes an answer: the reminder and the withdrawal count from here.
    waiting_since  TIMESTAMP(6)  NOT NULL,
    reminded_at    TIMESTAMP(6),
    closed_at      TIMESTAMP(6),
    CONSTRAINT pk_mentoring_request PRIMARY KEY (id),
    CONSTRAINT fk_mentoring_request_mentee FOREIGN KEY (mentee_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentoring_request_mentor FOREIGN KEY (mentor_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentoring_request_rhythm FOREIGN KEY (rhythm) REFERENCES mentoring_rhythm (code),
    CONSTRAINT fk_mentoring_request_status FOREIGN KEY (status) REFERENCES mentoring_request_status (code),
    CONSTRAINT fk_mentoring_request_withdrawal FOREIGN KEY (withdrawal) REFERENCES mentoring_withdrawal (code),
    CONSTRAINT ck_mentoring_request_not_self CHECK (mentee_id <> mentor_id)
);
CREATE INDEX ix_mentoring_request_mentee ON mentoring_request (mentee_id, status);
CREATE INDEX ix_mentoring_request_mentor ON mentoring_request (mentor_id, status);
CREATE INDEX ix_mentoring_request_waiting ON mentoring_request (status, waiting_since);
