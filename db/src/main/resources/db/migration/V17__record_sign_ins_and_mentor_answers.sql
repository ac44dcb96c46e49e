-- Peer mentoring, part 4: a mentor who neither answered a request nor signed in for 30 days drops out of the
-- suggestions until they come back. Both moments are written by a plain UPDATE (no @Version bump), so signing in
-- never turns a profile edit into a conflict. Null means "not since this column exists": the person's created_at
-- stands in for it, so nobody new is counted as gone.
ALTER TABLE person ADD COLUMN last_signed_in_at TIMESTAMP(6) NULL;
ALTER TABLE mentor_offer ADD COLUMN last_answered_at TIMESTAMP(6) NULL;
