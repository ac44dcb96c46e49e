package org.peerplanner.domain.help;

import java.util.regex.Pattern;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.people.HelperPeople;
import org.springframework.stereotype.Component;

/**
 * Who may see a request, and what text may go into one. A confidential request is "not found" for everyone but
 * its asker and the people they picked, administrators included: the asker trusted those people, not a role.
 */
@Component
class HelpGuard {

    /** Markup that would run or load something; refused with a message instead of silently dropped. */
    private static final Pattern ACTIVE_MARKUP = Pattern.compile(
            "(?i)<\\s*/?\\s*(script|iframe|object|embed|style|link|meta|form|svg)\\b|javascript\\s*:|<[^>]*\\son\\w+\\s*=");

    private final HelpRequestRepository requests;
    private final TeamAccess access;
    private final HelperPeople people;

    HelpGuard(HelpRequestRepository requests, TeamAccess access, HelperPeople people) {
        this.requests = requests;
        this.access = access;
        this.people = people;
    }

    HelpRequest visible(Actor actor, long requestId) {
        return requests.findById(requestId).filter(r -> canSee(actor, r))
                .orElseThrow(() -> new NotFoundException("The help request"));
    }

    boolean canSee(Actor actor, HelpRequest r) {
        return r.visibleTo(actor.personId(), !r.isConfidential() && !r.isWholeOrganisation()
                && access.canSeeTeam(actor, r.getTeamId()), actor.administrator());
    }

    HelperPeople.Helper person(long id) {
        var found = people.contacts(java.util.List.of(id)).get(id);
        if (found == null) {
            throw new NotFoundException("The person");
        }
        return found;
    }

    /** Markdown may carry HTML; what would run or load something is refused, the rest is sanitised on display. */
    static void requireNoActiveMarkup(String field, String text) {
        if (text != null && ACTIVE_MARKUP.matcher(text).find()) {
            throw InvalidInputException.of(field, "Scripts, frames and event handlers are not allowed here: remove "
                    + "the HTML markup and write it as text or Markdown.");
        }
    }
}
