-- The gap export reads a team's gaps in chunks by keyset: team_id = ? and id > ? order by id limit n.
-- Without this index MariaDB walked the merged_into_id index from its first NULL entry for every chunk (and
-- ix_knowledge_gap_team_status cannot give id order); with it each chunk is one range seek in id order.
-- (V5 and V6 are taken by work on other branches.)
CREATE INDEX ix_knowledge_gap_team_id ON knowledge_gap (team_id, id);
