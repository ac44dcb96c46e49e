package org.peerplanner.domain.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Component;

/** The day something happened, in the team's own time zone (a late-evening save in Berlin is that day there). */
@Component
class TeamDays {

    private final TeamLookup teams;

    TeamDays(TeamLookup teams) {
        this.teams = teams;
    }

    LocalDate day(long teamId, Instant at) {
        ZoneId zone = teams.team(teamId).map(Team::getTimeZone).orElse(ZoneOffset.UTC);
        return LocalDate.ofInstant(at, zone);
    }
}
