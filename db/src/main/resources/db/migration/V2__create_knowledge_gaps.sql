-- Knowledge gaps: what a team wants to learn, who needs it ("me too" votes), who can teach it,
-- and everything that happened to it. Portable across H2 (MODE=MySQL), MySQL 8.4 and MariaDB 10.11
-- like V1: no ENUM (enums are VARCHAR), BOOLEAN, TIMESTAMP(6) instants in UTC, named constraints.

-- Managers always log gaps; members only when their team allows it.
ALTER TABLE team ADD COLUMN members_may_log_gaps BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE knowledge_gap (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    team_id            BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    source             VARCHAR(24)   NOT NULL,
    source_reference   VARCHAR(200),
    urgency            VARCHAR(8)    NOT NULL,
    confidential       BOOLEAN       NOT NULL,
    origin             VARCHAR(12)   NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    reporter_id        BIGINT        NOT NULL,
    reported_on        DATE          NOT NULL,
    imported_votes     INT           NOT NULL DEFAULT 0,
    session_reference  VARCHAR(200),
    merged_into_id     BIGINT,
    created_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_knowledge_gap PRIMARY KEY (id),
    CONSTRAINT fk_knowledge_gap_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_knowledge_gap_reporter FOREIGN KEY (reporter_id) REFERENCES person (id),
    -- A merged duplicate stays as a record pointing at the gap that absorbed it.
    CONSTRAINT fk_knowledge_gap_merged_into FOREIGN KEY (merged_into_id) REFERENCES knowledge_gap (id) ON DELETE SET NULL,
    CONSTRAINT ck_knowledge_gap_imported_votes CHECK (imported_votes >= 0)
);
-- The board lists a team's gaps filtered by status.
CREATE INDEX ix_knowledge_gap_team_status ON knowledge_gap (team_id, status);

CREATE TABLE gap_tag (
    gap_id  BIGINT      NOT NULL,
    tag     VARCHAR(60) NOT NULL,
    CONSTRAINT pk_gap_tag PRIMARY KEY (gap_id, tag),
    CONSTRAINT fk_gap_tag_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE
);

CREATE TABLE gap_preferred_format (
    gap_id          BIGINT      NOT NULL,
    session_format  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_gap_preferred_format PRIMARY KEY (gap_id, session_format),
    CONSTRAINT fk_gap_preferred_format_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE
);

-- One "me too" per person and gap, whatever the application does.
CREATE TABLE gap_vote (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    gap_id     BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    voted_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_gap_vote PRIMARY KEY (id),
    CONSTRAINT uq_gap_vote_gap_person UNIQUE (gap_id, person_id),
    CONSTRAINT fk_gap_vote_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE,
    CONSTRAINT fk_gap_vote_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE gap_offer (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    gap_id      BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    note        VARCHAR(500),
    offered_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_gap_offer PRIMARY KEY (id),
    CONSTRAINT uq_gap_offer_gap_person UNIQUE (gap_id, person_id),
    CONSTRAINT fk_gap_offer_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE,
    CONSTRAINT fk_gap_offer_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
-- The rotation engine asks "who offered to teach what?" per person.
CREATE INDEX ix_gap_offer_person ON gap_offer (person_id);

-- Append-only. person_id and related_gap_id have no foreign key on purpose: a history line is a
-- record of what happened and keeps its name snapshot even after the person or gap is gone.
CREATE TABLE gap_history (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    gap_id              BIGINT        NOT NULL,
    happened_at         TIMESTAMP(6)  NOT NULL,
    person_id           BIGINT,
    person_name         VARCHAR(120)  NOT NULL,
    event_type          VARCHAR(16)   NOT NULL,
    from_status         VARCHAR(12),
    to_status           VARCHAR(12),
    note                VARCHAR(1000),
    related_gap_id      BIGINT,
    copied_from_gap_id  BIGINT,
    CONSTRAINT pk_gap_history PRIMARY KEY (id),
    CONSTRAINT fk_gap_history_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE
);
CREATE INDEX ix_gap_history_gap ON gap_history (gap_id, happened_at);
