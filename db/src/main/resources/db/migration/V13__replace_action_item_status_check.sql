-- On the embedded H2 (2.4.x) a CHECK of the form "column IN (constants)" keeps a reference to the connection
-- that created it (H2 sorts the constants once, with that connection's comparison rules). After the pool retires
-- the migrating connection (30 minutes), every insert or update of the table fails with "Check constraint
-- invalid". Comparisons, BETWEEN and IS NULL are evaluated with the writing connection and are not affected, so
-- of our constraints only the action-item status needs another form. A foreign key to a table of the allowed
-- statuses keeps the database's guarantee on H2, MySQL and MariaDB alike.
CREATE TABLE action_item_status (
    code  VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_action_item_status PRIMARY KEY (code)
);
INSERT INTO action_item_status (code) VALUES ('OPEN'), ('DONE'), ('DROPPED');

ALTER TABLE action_item DROP CONSTRAINT ck_action_item_status;
ALTER TABLE action_item ADD CONSTRAINT fk_action_item_status FOREIGN KEY (status) REFERENCES action_item_status (code);
