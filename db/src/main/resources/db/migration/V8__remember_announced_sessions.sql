-- Whether a session's invite has gone out (it was confirmed at least once). Only then does a change or a
-- cancellation mail anyone: a session that was never confirmed is in nobody's calendar but the feeds.
ALTER TABLE learning_session ADD announced BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE learning_session SET announced = TRUE WHERE status IN ('CONFIRMED', 'HELD', 'CANCELLED');
