-- Recognition, part A: the contribution ledger. One row per person and contribution, written in the same
-- transaction as the change it records (a held session, an article revision, a closed gap, a done item, a completed
-- mentorship) and removed when that change is undone. Kinds are codes, not a lookup table, so a new feature adds its
-- kind in Java without a migration.
CREATE TABLE contribution (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    person_id     BIGINT        NOT NULL,
    -- Null for what belongs to no team: a mentorship is between two people and private to them.
    team_id       BIGINT,
    kind          VARCHAR(40)   NOT NULL,
    happened_on   DATE          NOT NULL,
    source_type   VARCHAR(20)   NOT NULL,
    source_id     BIGINT        NOT NULL,
    -- Tells apart several contributions of one kind to one source: an article's revision number, else 0.
    occurrence    INT           NOT NULL,
    source_title  VARCHAR(200)  NOT NULL,
    -- What it was about, for "led three different topics": the first gap a session addressed, else its title.
    topic         VARCHAR(200),
    -- A session's format (LUNCH_AND_LEARN, DEEP_DIVE, ...), for "your next step"; null for other sources.
    session_format VARCHAR(20),
    recorded_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_contribution PRIMARY KEY (id),
    -- A replayed event or a second backfill never writes twice.
    CONSTRAINT uq_contribution_event UNIQUE (person_id, kind, source_type, source_id, occurrence),
    CONSTRAINT fk_contribution_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_contribution_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
);
CREATE INDEX ix_contribution_source ON contribution (source_type, source_id);
CREATE INDEX ix_contribution_person_day ON contribution (person_id, happened_on);
CREATE INDEX ix_contribution_team_day ON contribution (team_id, happened_on);

-- The people a contribution helped (attendees of a session led, pairing partners, a mentee): "helped five different
-- people" counts them.
CREATE TABLE contribution_helped (
    contribution_id  BIGINT  NOT NULL,
    person_id        BIGINT  NOT NULL,
    CONSTRAINT pk_contribution_helped PRIMARY KEY (contribution_id, person_id),
    CONSTRAINT fk_contribution_helped_entry FOREIGN KEY (contribution_id) REFERENCES contribution (id) ON DELETE CASCADE
);

-- The one-off backfill from existing history leaves its mark here, so it runs once per installation.
CREATE TABLE contribution_backfill (
    id       INT           NOT NULL,
    done_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_contribution_backfill PRIMARY KEY (id)
);
