-- Follow-up action items: raised at a session (or from a gap), owned by a team member, due by a date,
-- and brought back to the team's next sessions until they are done or dropped.

CREATE TABLE action_item (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL,
    team_id               BIGINT        NOT NULL,
    description           VARCHAR(500)  NOT NULL,
    owner_id              BIGINT        NOT NULL,
    due_on                DATE          NOT NULL,
    session_id            BIGINT,
    gap_id                BIGINT,
    status                VARCHAR(10)   NOT NULL,
    close_note            VARCHAR(1000),
    closed_at             TIMESTAMP(6),
    closed_in_session_id  BIGINT,
    -- The item is on the agenda of the team's sessions that start after this instant: the later of its
    -- source session's start and the moment it was written down.
    agenda_from           TIMESTAMP(6)  NOT NULL,
    created_by            BIGINT        NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_action_item PRIMARY KEY (id),
    CONSTRAINT fk_action_item_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_item_owner FOREIGN KEY (owner_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_item_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_item_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_item_closed_in FOREIGN KEY (closed_in_session_id) REFERENCES learning_session (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_item_created_by FOREIGN KEY (created_by) REFERENCES person (id),
    CONSTRAINT ck_action_item_status CHECK (status IN ('OPEN', 'DONE', 'DROPPED'))
);
-- Team review and the agenda of a session read a team's items by status and due date.
CREATE INDEX ix_action_item_team_status_due ON action_item (team_id, status, due_on);
-- "My action items" and the reminder job read by owner.
CREATE INDEX ix_action_item_owner_status_due ON action_item (owner_id, status, due_on);
CREATE INDEX ix_action_item_session ON action_item (session_id);
CREATE INDEX ix_action_item_gap ON action_item (gap_id);
CREATE INDEX ix_action_item_closed_in ON action_item (closed_in_session_id);

-- "How did it go?": each outcome recorded for an item, usually at a later session of the team.
CREATE TABLE action_item_outcome (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    item_id      BIGINT        NOT NULL,
    session_id   BIGINT,
    outcome      VARCHAR(12)   NOT NULL,
    note         VARCHAR(1000),
    recorded_by  BIGINT        NOT NULL,
    recorded_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_action_item_outcome PRIMARY KEY (id),
    CONSTRAINT fk_action_item_outcome_item FOREIGN KEY (item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_item_outcome_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_item_outcome_by FOREIGN KEY (recorded_by) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_action_item_outcome_item ON action_item_outcome (item_id, recorded_at);
CREATE INDEX ix_action_item_outcome_session ON action_item_outcome (session_id);

-- Which reminder went out for which item and due date: the key makes each one go out once,
-- and a new due date arms the reminders again.
CREATE TABLE action_item_reminder (
    item_id  BIGINT        NOT NULL,
    kind     VARCHAR(10)   NOT NULL,
    due_on   DATE          NOT NULL,
    sent_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_action_item_reminder PRIMARY KEY (item_id, kind, due_on),
    CONSTRAINT fk_action_item_reminder_item FOREIGN KEY (item_id) REFERENCES action_item (id) ON DELETE CASCADE
);

-- Leases for scheduled jobs, so that of several app instances on one database only one runs a job at a time.
-- An instance takes a lease with one conditional UPDATE (... WHERE locked_until < now); the row count says
-- whether it got it.
CREATE TABLE scheduled_job_lock (
    name          VARCHAR(80)   NOT NULL,
    locked_until  TIMESTAMP(6)  NOT NULL,
    locked_by     VARCHAR(200),
    CONSTRAINT pk_scheduled_job_lock PRIMARY KEY (name)
);
INSERT INTO scheduled_job_lock (name, locked_until, locked_by)
VALUES ('action-item-reminders', TIMESTAMP '2000-01-01 00:00:00', NULL);
