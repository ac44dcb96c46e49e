-- Issue 16, the inputs the outcome figures need: who actually came to a held session, anonymous feedback on it,
-- and the monthly figures a team already keeps (onboarding days, bug reports) with the date it adopted the practice.

-- Who came, ticked at wrap-up (by default those who answered yes). A facilitator may come without an invitation row,
-- so this is its own table rather than a flag on session_attendee.
CREATE TABLE session_attended (
    session_id  BIGINT  NOT NULL,
    person_id   BIGINT  NOT NULL,
    CONSTRAINT pk_session_attended PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_session_attended_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_attended_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_session_attended_person ON session_attended (person_id);

-- Sessions held before this release: those who answered yes came, as the wrap-up would have proposed.
INSERT INTO session_attended (session_id, person_id)
SELECT a.session_id, a.person_id FROM session_attendee a JOIN learning_session s ON s.id = a.session_id
WHERE s.status = 'HELD' AND a.rsvp = 'YES';

-- One answer to "how useful was it?". Deliberately without a person and without a time: nothing here can tell the
-- facilitator who wrote it, and the order of rows is not shown anywhere.
CREATE TABLE session_feedback (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    session_id  BIGINT        NOT NULL,
    usefulness  INT           NOT NULL,
    will_use    VARCHAR(200),
    CONSTRAINT pk_session_feedback PRIMARY KEY (id),
    CONSTRAINT fk_session_feedback_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE,
    CONSTRAINT ck_session_feedback_usefulness CHECK (usefulness BETWEEN 1 AND 5)
);
CREATE INDEX ix_session_feedback_session ON session_feedback (session_id);

-- Who has answered (so nobody answers twice), kept apart from the answers themselves.
CREATE TABLE session_feedback_given (
    session_id  BIGINT  NOT NULL,
    person_id   BIGINT  NOT NULL,
    CONSTRAINT pk_session_feedback_given PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_feedback_given_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_given_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

-- A person who does not want to be asked; a team that does not ask at all. A row means "off".
CREATE TABLE feedback_opt_out (
    person_id  BIGINT  NOT NULL,
    CONSTRAINT pk_feedback_opt_out PRIMARY KEY (person_id),
    CONSTRAINT fk_feedback_opt_out_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE TABLE team_feedback_off (
    team_id  BIGINT  NOT NULL,
    CONSTRAINT pk_team_feedback_off PRIMARY KEY (team_id),
    CONSTRAINT fk_team_feedback_off_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
);

-- A team's own monthly figures; for_month is the first day of the month (not "month": a reserved word in H2, the
-- embedded database). Either figure may be missing for a month.
CREATE TABLE baseline_month (
    id               BIGINT  NOT NULL AUTO_INCREMENT,
    version          BIGINT  NOT NULL,
    team_id          BIGINT  NOT NULL,
    for_month        DATE    NOT NULL,
    onboarding_days  INT,
    bug_reports      INT,
    CONSTRAINT pk_baseline_month PRIMARY KEY (id),
    CONSTRAINT uq_baseline_month UNIQUE (team_id, for_month),
    CONSTRAINT fk_baseline_month_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT ck_baseline_onboarding CHECK (onboarding_days >= 0),
    CONSTRAINT ck_baseline_bugs CHECK (bug_reports >= 0)
);

-- The date a manager set as the team's adoption of peer learning; without a row it is the first held session.
CREATE TABLE team_adoption (
    team_id     BIGINT  NOT NULL,
    version     BIGINT  NOT NULL,
    adopted_on  DATE    NOT NULL,
    CONSTRAINT pk_team_adoption PRIMARY KEY (team_id),
    CONSTRAINT fk_team_adoption_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
);
