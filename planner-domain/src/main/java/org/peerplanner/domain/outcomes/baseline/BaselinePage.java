package org.peerplanner.domain.outcomes.baseline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A team's baseline as its screen shows it.
 *
 * @param adoptedOn        the adoption date used for the comparison; null when none is set and nothing was held yet
 * @param adoptionSet      whether a manager set the date (otherwise it is the first held session)
 * @param thisMonth        the latest month that may be recorded
 * @param viewerMayEdit    managers (and administrators) edit; members read
 */
public record BaselinePage(long teamId, List<BaselineFigures> months, LocalDate adoptedOn, boolean adoptionSet,
                           List<Comparison> comparisons, YearMonth thisMonth, boolean viewerMayEdit) {

    public BaselinePage {
        months = List.copyOf(months);
        comparisons = List.copyOf(comparisons);
    }
}
