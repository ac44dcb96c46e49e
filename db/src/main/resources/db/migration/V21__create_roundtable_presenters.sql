-- Peer roundtables: one to three members bring a current problem (one line each). A slot someone else proposes
-- (a lead, or the planner from an open help request) waits for the presenter's consent before it counts; the
-- origin says where a proposed topic came from, so the source can follow it. What a presenter commits to at the
-- wrap-up is an ordinary action item of the roundtable session.
CREATE TABLE roundtable_presenter (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL,
    session_id    BIGINT        NOT NULL,
    person_id     BIGINT        NOT NULL,
    problem       VARCHAR(200)  NOT NULL,
    agreed        BOOLEAN       NOT NULL,
    origin_kind   VARCHAR(20),
    origin_id     BIGINT,
    origin_label  VARCHAR(200),
    proposed_by   BIGINT        NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    agreed_at     TIMESTAMP(6),
    CONSTRAINT pk_roundtable_presenter PRIMARY KEY (id),
    CONSTRAINT uq_roundtable_presenter_person UNIQUE (session_id, person_id),
    CONSTRAINT fk_roundtable_presenter_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_roundtable_presenter_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_roundtable_presenter_proposed_by FOREIGN KEY (proposed_by) REFERENCES person (id) ON DELETE CASCADE
);
-- "Which topics came from this help request?": the source's own look-up.
CREATE INDEX ix_roundtable_presenter_origin ON roundtable_presenter (origin_kind, origin_id);
