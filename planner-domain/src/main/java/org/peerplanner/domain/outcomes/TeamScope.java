package org.peerplanner.domain.outcomes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One team and the months to measure, with what every section needs: its zone (instants become the team's own
 * dates, so a session at 00:30 local time in summer counts on its local day), its schedule, its members and its
 * target for closing gaps.
 *
 * @param personalFigures whether sections work out each member's own figures: the dashboard shows the viewer theirs;
 *                        the organisation overview shows none, so it does not pay for them
 */
public record TeamScope(long teamId, String teamName, ZoneId zone, TeamSchedule schedule, OutcomePeriod period,
                        LocalDate today, int closeTargetDays, List<TeamMember> members, boolean personalFigures) {

    public TeamScope {
        members = List.copyOf(members);
    }

    /** A scope with personal figures, as the dashboard measures. */
    public TeamScope(long teamId, String teamName, ZoneId zone, TeamSchedule schedule, OutcomePeriod period,
                     LocalDate today, int closeTargetDays, List<TeamMember> members) {
        this(teamId, teamName, zone, schedule, period, today, closeTargetDays, members, true);
    }

    public LocalDate localDate(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
