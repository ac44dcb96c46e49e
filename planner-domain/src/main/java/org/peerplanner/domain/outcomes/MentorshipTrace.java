package org.peerplanner.domain.outcomes;

import java.time.LocalDate;

/** A mentorship whose mentee is in the team: when it started, whether it still runs, and how it ended. */
public record MentorshipTrace(LocalDate startedOn, boolean running, boolean completed, LocalDate endedOn) {
}
