-- Peer mentoring, part 1: what a mentor offers beyond the profile's "available for mentoring" and capacity (which
-- stay on person, where the profile edits them). Allowed codes live in lookup tables with foreign keys, not in
-- CHECK ... IN (see V13): that holds on H2, MySQL and MariaDB alike.
CREATE TABLE mentoring_rhythm (
    code  VARCHAR(12) NOT NULL,
    CONSTRAINT pk_mentoring_rhythm PRIMARY KEY (code)
);
INSERT INTO mentoring_rhythm (code) VALUES ('WEEKLY'), ('BIWEEKLY'), ('MONTHLY');

CREATE TABLE mentor_offer (
    person_id         BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    mentoring_style   VARCHAR(1000),
    preferred_rhythm  VARCHAR(12),
    -- "Paused until" stops new requests for a while and comes back by itself; "not taking new mentees" is
    -- person.mentoring_available = false. Neither touches current mentees.
    paused_until      DATE,
    charges           BOOLEAN       NOT NULL,
    charge_terms      VARCHAR(500),
    -- Counted with a guarded UPDATE (... WHERE mentees_taken < capacity) so capacity holds under concurrent accepts.
    mentees_taken     INT           NOT NULL,
    -- Set when a request to this mentor ran out unanswered; cleared when they answer one. Silent mentors drop out
    -- of suggestions until then.
    silent_since      TIMESTAMP(6),
    CONSTRAINT pk_mentor_offer PRIMARY KEY (person_id),
    CONSTRAINT fk_mentor_offer_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentor_offer_rhythm FOREIGN KEY (preferred_rhythm) REFERENCES mentoring_rhythm (code),
    CONSTRAINT ck_mentor_offer_taken CHECK (mentees_taken >= 0)
);

-- The skills from their profile a mentor feels confident to mentor in (a subset, by name).
CREATE TABLE mentor_offer_skill (
    person_id  BIGINT      NOT NULL,
    skill      VARCHAR(80) NOT NULL,
    CONSTRAINT pk_mentor_offer_skill PRIMARY KEY (person_id, skill),
    CONSTRAINT fk_mentor_offer_skill_offer FOREIGN KEY (person_id) REFERENCES mentor_offer (person_id) ON DELETE CASCADE
);
