-- Peer mentoring, part 4: a mentor who neither answered a request nor signed in for 30 days drops out of the
-- suggestions until they come back. Both moments are written by a plain UPDATE (no @Version bump), so signing in
-- never turns a profile edit into a conflict. Null means "not since this column exists": the person's created_at
-- stands in for it, so nobody new is counted as gone.
ALTER TABLE person ADD COLUMN last_signed_in_at TIMESTAMP(6) NULL;
ALTER TABLE mentor_offer ADD COLUMN last_answered_at TIMESTAMP(6) NULL;

-- When a mentorship's meetings last changed (agreed, paused, resumed, ended): a personal calendar feed's
-- Last-Modified, so a client asking "modified since?" sees the change. Rows from before count from their creation.
ALTER TABLE mentorship ADD COLUMN calendar_changed_at TIMESTAMP(6) NULL;
UPDATE mentorship SET calendar_changed_at = created_at;
