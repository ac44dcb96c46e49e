-- Sign-in looks a person up by email. Under the server's default collation (utf8mb4_general_ci) that lookup
-- ignored accents, so "lúkas@example.com" reached lukas@example.com's account and escaped its sign-in lock.
-- The application stores every email normalised (NFC, trimmed, lower case), so the column can compare
-- exactly: a binary collation for lookup and for the unique key. Rows written before the app lowercased
-- emails are brought to that form first (the old case-insensitive unique key means none can collide).
-- H2 (MySQL mode) already compares VARCHAR exactly and accepts the COLLATE clause after NOT NULL.
UPDATE person SET email = LOWER(TRIM(email));
ALTER TABLE person MODIFY email VARCHAR(254) NOT NULL COLLATE utf8mb4_bin;
