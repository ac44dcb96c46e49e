-- The outcome figures read a period's sessions of many teams by slot date (and the held ones' attendance and tags);
-- the only team index was on starts_at, so MariaDB read each team's whole history of sessions and filtered.
CREATE INDEX ix_learning_session_team_slot ON learning_session (team_id, slot_date, status);
