-- Learning sessions, planning settings, swaps, plan overrides and pairing history.

ALTER TABLE team ADD grace_weeks INT NOT NULL DEFAULT 4;
ALTER TABLE team ADD format_mix VARCHAR(200) NOT NULL DEFAULT 'LUNCH_AND_LEARN,LUNCH_AND_LEARN,DEEP_DIVE,PAIRING';
ALTER TABLE team ADD alarm_minutes INT NOT NULL DEFAULT 15;

-- Holidays and release weeks: no session is planned on these days.
CREATE TABLE team_blackout (
    team_id    BIGINT       NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    reason     VARCHAR(200),
    CONSTRAINT pk_team_blackout PRIMARY KEY (team_id, starts_on),
    CONSTRAINT fk_team_blackout_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT ck_team_blackout_range CHECK (ends_on >= starts_on)
);

CREATE TABLE learning_session (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    uid                VARCHAR(100)  NOT NULL,
    team_id            BIGINT        NOT NULL,
    slot_date          DATE          NOT NULL,
    format             VARCHAR(20)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    agenda             VARCHAR(4000),
    starts_at          TIMESTAMP(6)  NOT NULL,
    time_zone          VARCHAR(64)   NOT NULL,
    duration_minutes   INT           NOT NULL,
    location           VARCHAR(500),
    facilitator_id     BIGINT,
    co_facilitator_id  BIGINT,
    pairing_focus      VARCHAR(20),
    change_link        VARCHAR(500),
    takeaways          VARCHAR(8000),
    status             VARCHAR(12)   NOT NULL,
    cancel_reason      VARCHAR(500),
    revision           INT           NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_learning_session PRIMARY KEY (id),
    CONSTRAINT uq_learning_session_uid UNIQUE (uid),
    CONSTRAINT fk_learning_session_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_learning_session_facilitator FOREIGN KEY (facilitator_id) REFERENCES person (id),
    CONSTRAINT fk_learning_session_co_facilitator FOREIGN KEY (co_facilitator_id) REFERENCES person (id),
    CONSTRAINT ck_learning_session_duration CHECK (duration_minutes BETWEEN 15 AND 240),
    CONSTRAINT ck_learning_session_revision CHECK (revision >= 0)
);
-- Upcoming/past lists and the rotation's history both read a team's sessions by time.
CREATE INDEX ix_learning_session_team_start ON learning_session (team_id, starts_at);
CREATE INDEX ix_learning_session_facilitator ON learning_session (facilitator_id);

CREATE TABLE session_gap (
    session_id  BIGINT NOT NULL,
    gap_id      BIGINT NOT NULL,
    CONSTRAINT pk_session_gap PRIMARY KEY (session_id, gap_id),
    CONSTRAINT fk_session_gap_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_gap_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE
);
CREATE INDEX ix_session_gap_gap ON session_gap (gap_id);

CREATE TABLE session_attendee (
    session_id  BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    rsvp        VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_session_attendee PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_session_attendee_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_attendee_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_session_attendee_person ON session_attendee (person_id);

CREATE TABLE session_material (
    session_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    label       VARCHAR(120)  NOT NULL,
    url         VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_session_material PRIMARY KEY (session_id, position),
    CONSTRAINT fk_session_material_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE
);

CREATE TABLE swap_request (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL,
    session_id    BIGINT        NOT NULL,
    requested_by  BIGINT        NOT NULL,
    reason        VARCHAR(500),
    status        VARCHAR(10)   NOT NULL,
    taken_by      BIGINT,
    created_at    TIMESTAMP(6)  NOT NULL,
    resolved_at   TIMESTAMP(6),
    CONSTRAINT pk_swap_request PRIMARY KEY (id),
    CONSTRAINT fk_swap_request_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_swap_request_requested_by FOREIGN KEY (requested_by) REFERENCES person (id),
    CONSTRAINT fk_swap_request_taken_by FOREIGN KEY (taken_by) REFERENCES person (id)
);
CREATE INDEX ix_swap_request_session ON swap_request (session_id, status);

-- A manager's adjustments to the proposed plan; the base plan is recomputed and these sit on top.
CREATE TABLE plan_override (
    team_id         BIGINT       NOT NULL,
    slot_date       DATE         NOT NULL,
    facilitator_id  BIGINT,
    gap_id          BIGINT,
    skipped         BOOLEAN      NOT NULL,
    created_by      BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_plan_override PRIMARY KEY (team_id, slot_date),
    CONSTRAINT fk_plan_override_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_override_facilitator FOREIGN KEY (facilitator_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_override_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE
);

-- Who declined leading which slot: the rotation passes them over for it.
CREATE TABLE slot_decline (
    team_id     BIGINT       NOT NULL,
    slot_date   DATE         NOT NULL,
    person_id   BIGINT       NOT NULL,
    declined_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_slot_decline PRIMARY KEY (team_id, slot_date, person_id),
    CONSTRAINT fk_slot_decline_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_slot_decline_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

-- Pairing history: rounds and sessions alike leave pairs (or one trio) behind.
CREATE TABLE pairing (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    team_id     BIGINT       NOT NULL,
    paired_on   DATE         NOT NULL,
    session_id  BIGINT,
    first_id    BIGINT       NOT NULL,
    second_id   BIGINT       NOT NULL,
    third_id    BIGINT,
    CONSTRAINT pk_pairing PRIMARY KEY (id),
    CONSTRAINT fk_pairing_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_pairing_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE SET NULL,
    CONSTRAINT fk_pairing_first FOREIGN KEY (first_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_pairing_second FOREIGN KEY (second_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_pairing_third FOREIGN KEY (third_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_pairing_team_date ON pairing (team_id, paired_on);

-- "Do not pair" wishes and pinned mentor/mentee pairs.
CREATE TABLE pair_preference (
    team_id    BIGINT      NOT NULL,
    first_id   BIGINT      NOT NULL,
    second_id  BIGINT      NOT NULL,
    kind       VARCHAR(12) NOT NULL,
    CONSTRAINT pk_pair_preference PRIMARY KEY (team_id, first_id, second_id),
    CONSTRAINT fk_pair_preference_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_pair_preference_first FOREIGN KEY (first_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_pair_preference_second FOREIGN KEY (second_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_pair_preference_order CHECK (first_id < second_id)
);
