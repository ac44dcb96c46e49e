-- ShedLock's table (net.javacrumbs.shedlock, JdbcTemplateLockProvider): with several app instances on one database,
-- a scheduled job runs on the one instance that holds its row's lock. It replaces the planner's own job lease table
-- (scheduled_job_lock, V5), which nothing uses any more. Times are the database server's (ShedLock's usingDbTime),
-- so the instances' clocks need not agree.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

DROP TABLE scheduled_job_lock;
