-- Calendar follow-ups: which sessions mailed invites, and action items in personal feeds.

-- Whether a session's invite has gone out (it was confirmed at least once). Only then does a change or a
-- cancellation mail anyone: a session that was never confirmed is in nobody's calendar but the feeds.
ALTER TABLE learning_session ADD announced BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE learning_session SET announced = TRUE WHERE status IN ('CONFIRMED', 'HELD', 'CANCELLED');

-- A personal feed can carry its owner's open action-item due dates as all-day entries; on by default,
-- switched off on the Calendar subscriptions page.
ALTER TABLE calendar_feed ADD action_items BOOLEAN NOT NULL DEFAULT TRUE;
