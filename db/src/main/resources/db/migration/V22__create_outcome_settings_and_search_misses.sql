-- Outcomes: each team's target for closing a knowledge gap (the dashboard's "closed within N days"), and the
-- knowledge-base searches that found nothing. A search miss keeps the query text and how often it was asked,
-- never who asked: recurring unanswered searches are a team's knowledge gaps, not anyone's record.

CREATE TABLE outcome_settings (
    team_id            BIGINT  NOT NULL,
    version            BIGINT  NOT NULL,
    close_target_days  INT     NOT NULL,
    CONSTRAINT pk_outcome_settings PRIMARY KEY (team_id),
    CONSTRAINT fk_outcome_settings_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT ck_outcome_settings_target CHECK (close_target_days BETWEEN 1 AND 730)
);

CREATE TABLE knowledge_search_miss (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL,
    team_id          BIGINT        NOT NULL,
    -- The query lower-cased with its spaces collapsed: "Kafka  Retries" and "kafka retries" are one miss.
    query_key        VARCHAR(200)  NOT NULL,
    query_text       VARCHAR(200)  NOT NULL,
    misses           INT           NOT NULL,
    first_missed_at  TIMESTAMP(6)  NOT NULL,
    last_missed_at   TIMESTAMP(6)  NOT NULL,
    -- Set once someone logged the query as a knowledge gap; it then leaves the list.
    gap_id           BIGINT,
    CONSTRAINT pk_knowledge_search_miss PRIMARY KEY (id),
    CONSTRAINT uq_knowledge_search_miss_query UNIQUE (team_id, query_key),
    CONSTRAINT fk_knowledge_search_miss_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_knowledge_search_miss_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE SET NULL,
    CONSTRAINT ck_knowledge_search_miss_count CHECK (misses >= 1)
);
