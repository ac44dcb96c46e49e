-- Hibernate Search's outbox-polling coordination (the search-opensearch profile, README "Knowledge base search"):
-- a saved article writes an event here in its own transaction, and the instances' event processors (agents, each
-- with a row in hsearch_agent) index it from here. An instance dying right after its commit loses no index write.
-- Columns as Hibernate Search maps them (ddl-auto=validate checks them); ids are CHAR(36) through the
-- coordination.entity.mapping.*.uuid_type=CHAR setting in KnowledgeSearchSettings, the same on H2 and MariaDB.
-- Unused (empty) with the embedded Lucene default.
CREATE TABLE hsearch_outbox_event (
    id             CHAR(36)      NOT NULL,
    entity_name    VARCHAR(256)  NOT NULL,
    entity_id      VARCHAR(256)  NOT NULL,
    entity_id_hash INTEGER       NOT NULL,
    payload        LONGBLOB      NOT NULL,
    retries        INTEGER       NOT NULL,
    process_after  TIMESTAMP(6)  NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    tenant_id      VARCHAR(255),
    CONSTRAINT pk_hsearch_outbox_event PRIMARY KEY (id)
);
-- The event processors read the due events in this order.
CREATE INDEX ix_hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id                   CHAR(36)      NOT NULL,
    type                 VARCHAR(40)   NOT NULL,
    name                 VARCHAR(255)  NOT NULL,
    expiration           TIMESTAMP(6)  NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    payload              LONGBLOB,
    tenant_id            VARCHAR(255),
    CONSTRAINT pk_hsearch_agent PRIMARY KEY (id)
);
