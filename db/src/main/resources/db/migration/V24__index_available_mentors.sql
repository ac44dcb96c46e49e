-- Mentor suggestions (issue #13) read only the people who offer mentoring, out of the whole organisation: without
-- an index each call scanned every person row (twice). Few people offer mentoring, so the flag is selective.
CREATE INDEX ix_person_mentoring_available ON person (mentoring_available, mentoring_capacity);
