-- The team knowledge base: articles, their tags, links to sessions and gaps, materials and revisions.

CREATE TABLE article (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL,
    team_id     BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    review_by   DATE,
    author_id   BIGINT        NOT NULL,
    revision    INT           NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_article PRIMARY KEY (id),
    CONSTRAINT fk_article_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT ck_article_revision CHECK (revision >= 1)
);
-- The team's index (newest first) and the managers' stale list (review date passed).
CREATE INDEX ix_article_team_updated ON article (team_id, updated_at);
CREATE INDEX ix_article_team_review ON article (team_id, review_by);

CREATE TABLE article_tag (
    article_id  BIGINT       NOT NULL,
    tag         VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_article_tag PRIMARY KEY (article_id, tag),
    CONSTRAINT fk_article_tag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE article_session (
    article_id  BIGINT NOT NULL,
    session_id  BIGINT NOT NULL,
    CONSTRAINT pk_article_session PRIMARY KEY (article_id, session_id),
    CONSTRAINT fk_article_session_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_session_session FOREIGN KEY (session_id) REFERENCES learning_session (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_session_session ON article_session (session_id);

CREATE TABLE article_gap (
    article_id  BIGINT NOT NULL,
    gap_id      BIGINT NOT NULL,
    CONSTRAINT pk_article_gap PRIMARY KEY (article_id, gap_id),
    CONSTRAINT fk_article_gap_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_gap_gap FOREIGN KEY (gap_id) REFERENCES knowledge_gap (id) ON DELETE CASCADE
);
-- "Which articles cover this gap?" from the gap's page.
CREATE INDEX ix_article_gap_gap ON article_gap (gap_id);

CREATE TABLE article_material (
    article_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    label       VARCHAR(120)  NOT NULL,
    url         VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_article_material PRIMARY KEY (article_id, position),
    CONSTRAINT fk_article_material_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

-- Every save keeps a full snapshot, so any earlier revision can be shown and restored as it was.
CREATE TABLE article_revision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    article_id  BIGINT        NOT NULL,
    number      INT           NOT NULL,
    author_id   BIGINT        NOT NULL,
    saved_at    TIMESTAMP(6)  NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    tags        VARCHAR(1000) NOT NULL,
    summary     VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_article_revision PRIMARY KEY (id),
    CONSTRAINT uq_article_revision_number UNIQUE (article_id, number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_revision_author FOREIGN KEY (author_id) REFERENCES person (id)
);
