-- Thanks (kudos) and each team's house rules (issue #14, part B).

-- One thank-you from a teammate to a teammate, for something specific. "for_kind" is a plain code without a lookup
-- table, so a later feature (help requests: ANSWER) adds its kind without a schema change.
CREATE TABLE thank_you (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    team_id      BIGINT        NOT NULL,
    giver_id     BIGINT        NOT NULL,
    receiver_id  BIGINT        NOT NULL,
    for_kind     VARCHAR(20)   NOT NULL,
    subject_id   BIGINT,
    about        VARCHAR(200)  NOT NULL,
    reason       VARCHAR(280)  NOT NULL,
    -- The Monday of the ISO week in the giver's time zone when it was given: the caps count per this week.
    week_start   DATE          NOT NULL,
    given_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_thank_you PRIMARY KEY (id),
    CONSTRAINT fk_thank_you_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_thank_you_giver FOREIGN KEY (giver_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_thank_you_receiver FOREIGN KEY (receiver_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_thank_you_giver_week ON thank_you (giver_id, week_start, receiver_id);
CREATE INDEX ix_thank_you_receiver ON thank_you (receiver_id, given_at);
CREATE INDEX ix_thank_you_team ON thank_you (team_id, given_at);

-- How many thanks a person gave in a week: the row a give locks (guarded UPDATE), so two gives at the same moment
-- cannot both pass the caps.
CREATE TABLE thanks_week (
    giver_id    BIGINT  NOT NULL,
    week_start  DATE    NOT NULL,
    given       INT     NOT NULL,
    CONSTRAINT pk_thanks_week PRIMARY KEY (giver_id, week_start),
    CONSTRAINT fk_thanks_week_giver FOREIGN KEY (giver_id) REFERENCES person (id) ON DELETE CASCADE
);

-- The thank-you wall is a team's choice: no row means off.
CREATE TABLE thanks_wall (
    team_id     BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    shown       BOOLEAN       NOT NULL,
    changed_by  BIGINT        NOT NULL,
    changed_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_thanks_wall PRIMARY KEY (team_id),
    CONSTRAINT fk_thanks_wall_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
);

-- Every save of a team's house rules is a revision; the newest is the page. Before the first, the page is the
-- template of questions.
CREATE TABLE house_rules_revision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    team_id     BIGINT        NOT NULL,
    number      INT           NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    written_by  BIGINT        NOT NULL,
    written_at  TIMESTAMP(6)  NOT NULL,
    cleaned     BOOLEAN       NOT NULL,
    CONSTRAINT pk_house_rules_revision PRIMARY KEY (id),
    CONSTRAINT uq_house_rules_revision UNIQUE (team_id, number),
    CONSTRAINT fk_house_rules_revision_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_house_rules_revision_writer FOREIGN KEY (written_by) REFERENCES person (id)
);

-- Which revision a membership was shown. Leaving the team deletes it, so someone who comes back is new again.
CREATE TABLE house_rules_seen (
    membership_id  BIGINT        NOT NULL,
    revision       INT           NOT NULL,
    seen_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_house_rules_seen PRIMARY KEY (membership_id),
    CONSTRAINT fk_house_rules_seen_membership FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE CASCADE
);
-- People already in a team when house rules arrive are not newcomers: only later members are shown them on arrival.
INSERT INTO house_rules_seen (membership_id, revision, seen_at) SELECT id, 0, CURRENT_TIMESTAMP FROM membership;
