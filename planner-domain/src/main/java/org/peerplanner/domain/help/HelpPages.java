package org.peerplanner.domain.help;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.people.HelperPeople;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Component;

/** Builds a request's page for one viewer: the thread, and what the viewer may do, as flags. */
@Component
class HelpPages {

    private final HelpAnswerRepository answers;
    private final RoutingEntryRepository routing;
    private final HelperPeople people;
    private final TeamAccess access;
    private final TeamLookup teams;

    HelpPages(HelpAnswerRepository answers, RoutingEntryRepository routing, HelperPeople people, TeamAccess access,
              TeamLookup teams) {
        this.answers = answers;
        this.routing = routing;
        this.people = people;
        this.access = access;
        this.teams = teams;
    }

    HelpPage of(Actor actor, HelpRequest r) {
        var thread = answers.findByRequestIdOrderByCreatedAtAscIdAsc(r.getId());
        var asked = r.getAskerId() == actor.personId() ? routing.findByRequestIdOrderByRoundAscIdAsc(r.getId())
                : List.<RoutingEntry>of();
        Set<Long> ids = new HashSet<>();
        ids.add(r.getAskerId());
        thread.forEach(a -> ids.add(a.getAuthorId()));
        asked.forEach(e -> ids.add(e.getPersonId()));
        var names = people.contacts(ids);
        boolean asker = r.getAskerId() == actor.personId();
        boolean open = r.getStatus().open();
        var zone = teams.team(r.getTeamId()).orElseThrow().getTimeZone();
        var entries = thread.stream().map(a -> new HelpPage.ThreadEntry(a.getId(), a.getParentId(), a.getAuthorId(),
                name(names, a.getAuthorId()), HelpText.html(a.getBody()), a.getCreatedAt(),
                a.getPairStartsAt() == null ? null : a.getPairStartsAt().atZone(zone), a.getPairMinutes(),
                a.getPairSessionId(), a.getId().equals(r.getAcceptedAnswerId()),
                asker && open && a.getAuthorId() != actor.personId(),
                asker && a.isPairingOffer() && a.getPairSessionId() == null && r.getStatus() != HelpStatus.CLOSED))
                .toList();
        var lines = asked.stream().map(e -> new HelpPage.RoutingLine(name(names, e.getPersonId()), e.getRound(),
                e.getReason(), e.getNotifiedAt())).toList();
        boolean mayWriteUp = r.getStatus() == HelpStatus.SOLVED && r.getTurnedIntoArticle() == null
                && !r.isConfidential() && access.canSeeTeam(actor, r.getTeamId());
        boolean unsolved = r.getStatus() == HelpStatus.OPEN || r.getStatus() == HelpStatus.CLOSED;
        var may = new HelpPage.Permissions(open, open && !asker, asker && open, mayWriteUp,
                asker && unsolved && r.getLoggedAsGap() == null);
        return new HelpPage(r.getId(), r.getVersion(), r.getTeamId(), r.getTitle(), r.getKind(), r.getUrgency(),
                r.getStatus(), r.getDetails(), HelpText.html(r.getDetails()), r.getTags(), name(names, r.getAskerId()),
                r.isWholeOrganisation(), r.isConfidential(), r.isRoundtableConsent(), r.getCreatedAt(), entries, lines,
                r.getTurnedIntoArticle(), r.getLoggedAsGap(), r.getAnsweredByArticle(), may);
    }

    private static String name(java.util.Map<Long, HelperPeople.Helper> names, long id) {
        var p = names.get(id);
        return p == null ? "Someone" : p.name();
    }
}
