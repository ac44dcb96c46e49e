package org.peerplanner.domain.recognition;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own record of what they contributed, for them alone: there is no way to ask for someone else's (no
 * person id is taken), and it is theirs to export for their own review conversation if they choose to.
 */
@Service
@Transactional(readOnly = true)
public class MyContributions {

    private final PersonLedger ledger;
    private final PersonLookup people;
    private final NextSteps nextSteps;

    MyContributions(PersonLedger ledger, PersonLookup people, NextSteps nextSteps) {
        this.ledger = ledger;
        this.people = people;
        this.nextSteps = nextSteps;
    }

    /** @param teamId the team the person looks at, for their next step; null for none */
    public MyContributionsPage page(Actor actor, Long teamId) {
        String name = people.person(actor.personId()).map(Person::getFullName)
                .orElseThrow(() -> new NotFoundException("Your profile"));
        var entries = ledger.of(actor.personId());
        var milestones = Milestones.earned(entries);
        Map<String, Long> counts = entries.stream()
                .collect(Collectors.groupingBy(e -> e.kind().code(), Collectors.counting()));
        var totals = counts.entrySet().stream()
                .map(e -> new MyContributionsPage.KindTotal(ContributionKinds.of(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(t -> order(t.kind()))).toList();
        NextStep next = teamId == null ? null : nextSteps.forPerson(actor, teamId, entries).orElse(null);
        var newestFirst = entries.reversed();
        return new MyContributionsPage(name, newestFirst, milestones, totals, next);
    }

    /** Only the next step, for the Home card: empty when the person is not a member of the team. */
    public java.util.Optional<NextStep> nextStep(Actor actor, long teamId) {
        return nextSteps.forPerson(actor, teamId, ledger.of(actor.personId()));
    }

    /** The page as a Markdown file the person may keep or share. */
    public String markdown(Actor actor) {
        return ContributionMarkdown.of(page(actor, null));
    }

    static int order(ContributionKind kind) {
        int i = ContributionKinds.ALL.indexOf(kind);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

}
