-- The organisation overview reads every team's last six months as grouped rows (checked with EXPLAIN on MariaDB,
-- 1,000 teams):
-- * held sessions per team, day, lead and skill tag: with the lead in V27's index the sessions are read from the
--   index alone (before: each row looked up through the team's starts_at index);
-- * gaps logged per team and month: a range per team on the report day, from the index alone (before: the whole
--   table scanned);
-- * the last gap closed in 90 days: from the recent closing steps (before: every closed gap's history, which grows
--   with the years).
DROP INDEX ix_learning_session_team_slot ON learning_session;
CREATE INDEX ix_learning_session_team_slot ON learning_session (team_id, slot_date, status, facilitator_id);
CREATE INDEX ix_knowledge_gap_team_reported ON knowledge_gap (team_id, reported_on, status, merged_into_id);
CREATE INDEX ix_gap_history_closings ON gap_history (to_status, happened_at, gap_id);
