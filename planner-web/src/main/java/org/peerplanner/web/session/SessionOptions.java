package org.peerplanner.web.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.Option;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The people and gaps a session form offers, as the viewer may see them. */
@Component
class SessionOptions {

    private final TeamService teams;
    private final GapBoardService gaps;
    private final Clock clock;

    SessionOptions(TeamService teams, GapBoardService gaps, Clock clock) {
        this.teams = teams;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** Today where the team meets, which is where session dates are laid out. */
    LocalDate today(TeamSummary team) {
        return LocalDate.now(clock.withZone(ZoneId.of(team.timeZone())));
    }

    List<Option> members(Actor actor, long teamId) {
        return teams.members(actor, teamId, "", PageRequest.of(0, 1000, Sort.by("person.fullName"))).stream()
                .map(m -> new Option(m.personId(), m.fullName())).toList();
    }

    List<Option> gaps(Actor actor, long teamId) {
        var filter = GapFilter.everything().withStatuses(java.util.Set.of(GapStatus.OPEN, GapStatus.PLANNED, GapStatus.ADDRESSED));
        return gaps.board(actor, teamId, filter, PageRequest.of(0, 500)).stream()
                .map(c -> new Option(c.id(), "#" + c.id() + " " + c.title())).toList();
    }
}
