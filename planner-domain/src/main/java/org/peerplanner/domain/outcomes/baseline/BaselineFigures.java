package org.peerplanner.domain.outcomes.baseline;

import java.time.YearMonth;

/**
 * One month of a team's figures as recorded. Either figure may be missing: no one joined that month, or bugs were
 * not counted.
 *
 * @param onboardingDays days until the agreed first milestone (say, first change merged), typical for that month's
 *                       new joiners
 * @param bugReports     bug reports filed in the month
 * @param version        for optimistic locking when the month is edited; 0 for a month not recorded yet
 */
public record BaselineFigures(YearMonth month, Integer onboardingDays, Integer bugReports, long version) {
}
