-- Recognition (issue #14): the manager's period view counts a team's entries per member and kind, and asks who ever
-- led. With only (team_id, happened_on) MariaDB read every row of the team's history and grouped it in a temporary
-- table; with this index both read the index alone, member by member and kind by kind ("who ever led" touches a few
-- index entries per member whatever the history's length).
CREATE INDEX ix_contribution_team_person_kind ON contribution (team_id, person_id, kind, happened_on);
