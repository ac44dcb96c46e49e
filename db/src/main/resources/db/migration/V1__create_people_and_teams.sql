-- People, teams and memberships: the foundation every other feature hangs off.
-- Portable across H2 (MODE=MySQL), MySQL 8.4 and MariaDB 10.11: plain types only, no ENUM,
-- no engine-specific options. Instants are stored in UTC as TIMESTAMP(6) without zone.

CREATE TABLE person (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    version              BIGINT       NOT NULL,
    full_name            VARCHAR(120) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    password_hash        VARCHAR(100),
    time_zone            VARCHAR(64)  NOT NULL,
    administrator        BOOLEAN      NOT NULL,
    mentoring_available  BOOLEAN      NOT NULL,
    mentoring_capacity   INT          NOT NULL,
    mentoring_topics     VARCHAR(500),
    created_at           TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT ck_person_mentoring_capacity CHECK (mentoring_capacity BETWEEN 0 AND 20)
);

CREATE TABLE person_skill (
    person_id    BIGINT      NOT NULL,
    skill        VARCHAR(80) NOT NULL,
    proficiency  INT         NOT NULL,
    CONSTRAINT pk_person_skill PRIMARY KEY (person_id, skill),
    CONSTRAINT fk_person_skill_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_person_skill_proficiency CHECK (proficiency BETWEEN 1 AND 5)
);
-- Topic matching looks people up by skill ("who knows Kafka?").
CREATE INDEX ix_person_skill_skill ON person_skill (skill);

CREATE TABLE person_absence (
    person_id  BIGINT       NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    reason     VARCHAR(200),
    CONSTRAINT pk_person_absence PRIMARY KEY (person_id, starts_on),
    CONSTRAINT fk_person_absence_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_person_absence_range CHECK (ends_on >= starts_on)
);

CREATE TABLE team (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    version                   BIGINT       NOT NULL,
    name                      VARCHAR(80)  NOT NULL,
    time_zone                 VARCHAR(64)  NOT NULL,
    slot_day                  VARCHAR(9)   NOT NULL,
    slot_start                TIME         NOT NULL,
    slot_minutes              INT          NOT NULL,
    cadence                   VARCHAR(16)  NOT NULL,
    sprint_weeks              INT,
    sprint_start              DATE,
    default_location          VARCHAR(500),
    created_at                TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id),
    CONSTRAINT uq_team_name UNIQUE (name),
    CONSTRAINT ck_team_slot_minutes CHECK (slot_minutes BETWEEN 15 AND 240),
    CONSTRAINT ck_team_sprint_weeks CHECK (sprint_weeks IS NULL OR sprint_weeks BETWEEN 1 AND 8)
);

CREATE TABLE membership (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version     BIGINT      NOT NULL,
    team_id     BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    role        VARCHAR(16) NOT NULL,
    joined_on   DATE        NOT NULL,
    in_rotation BOOLEAN     NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (id),
    CONSTRAINT uq_membership_team_person UNIQUE (team_id, person_id),
    CONSTRAINT fk_membership_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
-- "Which teams am I in?" runs on every request that checks access.
CREATE INDEX ix_membership_person ON membership (person_id);
