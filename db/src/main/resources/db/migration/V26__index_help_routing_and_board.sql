-- Help routing finds people by skill ignoring case ("Kafka" is "kafka"). Comparing lower(skill) could not use
-- ix_person_skill_skill and read every person's skills (500,000 rows at 10,000 people). The database keeps the
-- lower-case key itself (a generated column: nothing to forget on write), and one index holds key, level and person,
-- so the look-up reads only the asked skills' rows, from the index alone.
ALTER TABLE person_skill ADD COLUMN skill_key VARCHAR(80) GENERATED ALWAYS AS (LOWER(skill));
CREATE INDEX ix_person_skill_key ON person_skill (skill_key, proficiency, person_id);

-- The help board reads, each part on its own index and from the index alone, the newest open requests that are not
-- confidential of the viewer's teams, and those to the whole organisation. The first replaces
-- ix_help_request_team_status (its prefix), dropped after the new one exists (MySQL needs an index on team_id for
-- the foreign key at every moment).
CREATE INDEX ix_help_request_team_open ON help_request (team_id, status, confidential, created_at);
CREATE INDEX ix_help_request_org_open ON help_request (whole_organisation, status, confidential, created_at);
DROP INDEX ix_help_request_team_status ON help_request;
