-- Peer mentoring, part 3: an accepted request becomes a mentorship with an agreed rhythm. Either side may end it at
-- any time; ending early is an ordinary outcome. The reason stays with the person who ended it.
CREATE TABLE mentorship_state (
    code  VARCHAR(12) NOT NULL,
    CONSTRAINT pk_mentorship_state PRIMARY KEY (code)
);
INSERT INTO mentorship_state (code) VALUES ('ACTIVE'), ('PAUSED'), ('COMPLETED'), ('ENDED_EARLY');

CREATE TABLE mentorship (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    request_id         BIGINT        NOT NULL,
    mentor_id          BIGINT        NOT NULL,
    mentee_id          BIGINT        NOT NULL,
    goal               VARCHAR(80)   NOT NULL,
    -- The goal's key while the mentorship is ACTIVE or PAUSED, null once over: the unique key below lets a mentee
    -- have one running mentorship per goal, whatever two mentors do at the same moment.
    open_goal_key      VARCHAR(80),
    rhythm             VARCHAR(12)   NOT NULL,
    weekday            INT           NOT NULL,
    meeting_time       TIME          NOT NULL,
    duration_minutes   INT           NOT NULL,
    starts_on          DATE          NOT NULL,
    video_link         VARCHAR(300),
    state              VARCHAR(12)   NOT NULL,
    paused_until       DATE,
    ended_on           DATE,
    ended_by           BIGINT,
    end_reason         VARCHAR(500),
    shared_notes       VARCHAR(4000),
    calendar_sequence  INT           NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_mentorship PRIMARY KEY (id),
    CONSTRAINT uq_mentorship_request UNIQUE (request_id),
    CONSTRAINT uq_mentorship_open_goal UNIQUE (mentee_id, open_goal_key),
    CONSTRAINT fk_mentorship_request FOREIGN KEY (request_id) REFERENCES mentoring_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentorship_mentor FOREIGN KEY (mentor_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentorship_mentee FOREIGN KEY (mentee_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentorship_rhythm FOREIGN KEY (rhythm) REFERENCES mentoring_rhythm (code),
    CONSTRAINT fk_mentorship_state FOREIGN KEY (state) REFERENCES mentorship_state (code),
    CONSTRAINT ck_mentorship_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_mentorship_duration CHECK (duration_minutes BETWEEN 15 AND 240)
);
CREATE INDEX ix_mentorship_mentor ON mentorship (mentor_id, state);
CREATE INDEX ix_mentorship_mentee_state ON mentorship (mentee_id, state);
