package org.peerplanner.domain.houserules;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.ArticleMarkdown;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.Membership;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's social norms: a Markdown page its managers revise (every save a revision), which everyone in the team
 * reads and newcomers are shown once when they arrive. Another team's rules answer "not found".
 */
@Service
@Transactional(readOnly = true)
public class HouseRules {

    public static final int MAX_LENGTH = 20_000;

    private final HouseRulesRevisionRepository revisions;
    private final HouseRulesSeenRepository seen;
    private final TeamAccess access;
    private final TeamLookup teams;
    private final PersonLookup people;
    private final Clock clock;

    HouseRules(HouseRulesRevisionRepository revisions, HouseRulesSeenRepository seen, TeamAccess access,
               TeamLookup teams, PersonLookup people, Clock clock) {
        this.revisions = revisions;
        this.seen = seen;
        this.access = access;
        this.teams = teams;
        this.people = people;
        this.clock = clock;
    }

    /** The current house rules, or the template of questions while no manager has written any. */
    public HouseRulesPage page(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return revisions.findFirstByTeamIdOrderByNumberDesc(teamId).map(r -> page(actor, r, true))
                .orElseGet(() -> template(actor, teamId));
    }

    /** Every saved revision, newest first. */
    public List<RevisionRow> revisions(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return revisions.findByTeamIdOrderByNumberDesc(teamId).stream()
                .map(r -> new RevisionRow(r.getNumber(), name(r.getWrittenBy()), r.getWrittenAt(), r.isCleaned()))
                .toList();
    }

    /** One revision as it was saved. */
    public HouseRulesPage revision(Actor actor, long teamId, int number) {
        access.requireVisibleTeam(actor, teamId);
        var revision = revisions.findByTeamIdAndNumber(teamId, number)
                .orElseThrow(() -> new NotFoundException("This revision of the house rules"));
        int latest = revisions.findFirstByTeamIdOrderByNumberDesc(teamId).map(HouseRulesRevision::getNumber).orElse(0);
        return page(actor, revision, number == latest);
    }

    /**
     * A manager saves new house rules over revision {@code expectedRevision} (0: over the template). Script and
     * event-handler markup is removed first ({@link Revised#cleaned()} says so). Someone else's save in between is a
     * conflict, and the text stays with the writer.
     */
    @Transactional
    public Revised revise(Actor actor, long teamId, int expectedRevision, String markdown) {
        access.requireManager(actor, teamId);
        if (markdown == null || markdown.isBlank()) {
            throw InvalidInputException.of("markdown", "Write the house rules; an empty page helps nobody.");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw InvalidInputException.of("markdown", "House rules have at most 20,000 characters.");
        }
        int current = revisions.findFirstByTeamIdOrderByNumberDesc(teamId).map(HouseRulesRevision::getNumber).orElse(0);
        if (current != expectedRevision) {
            throw new ConflictException("The house rules");
        }
        var cleaned = HouseRulesCleaner.clean(markdown.strip());
        if (cleaned.text().isBlank()) {
            throw InvalidInputException.of("markdown", "Only markup that is not allowed was left; write the rules in "
                    + "words (Markdown for headings and lists).");
        }
        HouseRulesRevision saved;
        try {
            saved = revisions.saveAndFlush(new HouseRulesRevision(teamId, current + 1, cleaned.text(),
                    actor.personId(), clock.instant(), cleaned.changed()));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new ConflictException("The house rules");
        }
        markSeenBy(actor.personId(), teamId, saved.getNumber());
        return new Revised(page(actor, saved, true), cleaned.changed());
    }

    /**
     * The house rules to show someone on arrival: of the first of their teams they joined since house rules exist
     * and whose rules they were never shown, once a manager has written some. Empty when there is nothing new.
     */
    public Optional<HouseRulesPage> toShowOnArrival(Actor actor) {
        for (Membership membership : teams.membershipsOf(actor.personId())) {
            if (seen.existsById(membership.getId())) {
                continue;
            }
            long teamId = membership.getTeam().getId();
            var rules = revisions.findFirstByTeamIdOrderByNumberDesc(teamId);
            if (rules.isPresent()) {
                return Optional.of(page(actor, rules.get(), true));
            }
        }
        return Optional.empty();
    }

    /** The actor was shown the team's current house rules; they are not shown again on arrival. */
    @Transactional
    public void markSeen(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        int current = revisions.findFirstByTeamIdOrderByNumberDesc(teamId).map(HouseRulesRevision::getNumber).orElse(0);
        markSeenBy(actor.personId(), teamId, current);
    }

    private void markSeenBy(long personId, long teamId, int revision) {
        teams.membershipsOf(personId).stream().filter(m -> m.getTeam().getId() == teamId).findFirst()
                .ifPresent(membership -> {
                    var row = seen.findById(membership.getId()).orElseGet(() -> new HouseRulesSeen(membership.getId()));
                    row.saw(revision, clock.instant());
                    seen.save(row);
                });
    }

    private HouseRulesPage template(Actor actor, long teamId) {
        return new HouseRulesPage(teamId, teamName(teamId), 0, HouseRulesTemplate.TEXT,
                ArticleMarkdown.toSafeHtml(HouseRulesTemplate.TEXT), null, null, true,
                access.canManageTeam(actor, teamId));
    }

    private HouseRulesPage page(Actor actor, HouseRulesRevision r, boolean latest) {
        return new HouseRulesPage(r.getTeamId(), teamName(r.getTeamId()), r.getNumber(), r.getBody(),
                ArticleMarkdown.toSafeHtml(r.getBody()), name(r.getWrittenBy()), r.getWrittenAt(), latest,
                latest && access.canManageTeam(actor, r.getTeamId()));
    }

    private String teamName(long teamId) {
        return teams.team(teamId).map(t -> t.getName()).orElseThrow(() -> new NotFoundException("The team"));
    }

    private String name(long personId) {
        return people.person(personId).map(Person::getFullName).orElse("A former member");
    }
}
