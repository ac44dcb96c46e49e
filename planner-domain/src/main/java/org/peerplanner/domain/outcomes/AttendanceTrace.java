package org.peerplanner.domain.outcomes;

import java.time.YearMonth;

/** How many of the team's held sessions in one month (its slot dates, the team's own days) a person came to. */
public record AttendanceTrace(YearMonth month, long personId, long sessions) {
}
