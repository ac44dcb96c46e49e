package org.peerplanner.domain.help;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.ArticleSearch;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.HelperPeople;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.session.PastSessionSearch;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for help and finding requests: what may already answer the question, the request itself (routed to the
 * people who know), the board and one's own requests. Answers, pairing and what a solved request becomes are in
 * {@link HelpAnswers}.
 */
@Service
@Transactional(readOnly = true)
public class HelpRequests {

    static final int BOARD_SIZE = 200;
    private static final java.util.Comparator<BoardRow> NEWEST_FIRST = java.util.Comparator
            .comparing(BoardRow::createdAt).thenComparing(BoardRow::id)
            .reversed();

    private final HelpRequestRepository requests;
    private final RoutingEntryRepository routing;
    private final TeamHelpRulesRepository rules;
    private final HelpGuard guard;
    private final HelpRouter router;
    private final HelpNews news;
    private final HelpPages pages;
    private final TeamAccess access;
    private final TeamLookup teams;
    private final PersonLookup persons;
    private final HelperPeople people;
    private final ArticleSearch articleSearch;
    private final ArticleService articles;
    private final PastSessionSearch pastSessions;
    private final HelpSettings settings;
    private final CommandValidator validator;
    private final Clock clock;

    HelpRequests(HelpRequestRepository requests, RoutingEntryRepository routing,
                 TeamHelpRulesRepository rules, HelpGuard guard, HelpRouter router, HelpNews news, HelpPages pages,
                 TeamAccess access, TeamLookup teams, PersonLookup persons, HelperPeople people,
                 ArticleSearch articleSearch, ArticleService articles, PastSessionSearch pastSessions,
                 HelpSettings settings, CommandValidator validator, Clock clock) {
        this.requests = requests;
        this.routing = routing;
        this.rules = rules;
        this.guard = guard;
        this.router = router;
        this.news = news;
        this.pages = pages;
        this.access = access;
        this.teams = teams;
        this.persons = persons;
        this.people = people;
        this.articleSearch = articleSearch;
        this.articles = articles;
        this.pastSessions = pastSessions;
        this.settings = settings;
        this.validator = validator;
        this.clock = clock;
    }

    /** What may answer the question already, while the asker types: articles first, then held sessions. */
    public List<Suggestion> suggestions(Actor actor, String title, List<String> tags) {
        String text = ((title == null ? "" : title) + " " + String.join(" ", tags == null ? List.of() : tags)).strip();
        if (text.length() < 3) {
            return List.of();
        }
        var words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        var found = new ArrayList<Suggestion>();
        // OR of the words: a question is phrased differently from an article's title.
        String anyWord = String.join(" | ", words.stream().filter(w -> w.length() >= 3).toList());
        if (!anyWord.isEmpty()) {
            articleSearch.search(actor, anyWord, 0, 5).hits().forEach(hit -> found.add(
                    new Suggestion(Suggestion.Source.ARTICLE, hit.id(), hit.title(), "knowledge/" + hit.id())));
        }
        pastSessions.mentioning(access.visibleTeamIds(actor), words, 3).forEach(s -> found.add(
                new Suggestion(Suggestion.Source.SESSION, s.id(), s.title(), "sessions/" + s.id())));
        return found;
    }

    /**
     * Asks for help in one of the asker's teams; returns the request's id. Refused, with nothing written, when the
     * asker has {@link HelpSettings#maxOpenRequests} open already, the title is empty, a confidential request names
     * nobody, or the details carry script markup.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long ask(Actor actor, long teamId, HelpAsk ask) {
        checkAsk(actor, teamId, ask);
        requests.lockOpenOf(actor.personId(), HelpStatus.OPEN);
        if (requests.countByAskerIdAndStatus(actor.personId(), HelpStatus.OPEN) >= settings.maxOpenRequests()) {
            throw InvalidInputException.of("title", "You have " + settings.maxOpenRequests() + " open requests "
                    + "already. Mark an answer that helped, or close one, before asking again.");
        }
        var request = requests.saveAndFlush(new HelpRequest(actor.personId(), teamId, ask.wholeOrganisation(), ask,
                ask.details(), HelpText.cleanTags(ask.tags()), clock.instant()));
        var asker = guard.person(actor.personId());
        if (request.isConfidential()) {
            people.contacts(request.getViewers()).values().forEach(viewer -> news.tell(viewer, "asked",
                    asker.name() + " asks you, privately: " + request.getTitle(),
                    "Only the people " + asker.name() + " picked can see this request.", request.getId()));
        } else {
            router.route(request, asker.name());
        }
        return request.getId();
    }

    /**
     * Who routing would ask next for a request the actor may see, and why: the candidates' look-up and the choice,
     * nothing written, nobody told (empty for confidential or closed requests). Only for the asker and
     * administrators; for anyone else the request is not found.
     */
    public List<HelperRouting.Choice> nextHelpers(Actor actor, long requestId) {
        var request = guard.visible(actor, requestId);
        if (request.getAskerId() != actor.personId() && !actor.administrator()) {
            throw new NotFoundException("The help request");
        }
        return router.next(request);
    }

    /**
     * "This answered it": an article (or a held session, {@code articleId} null) found while typing answers the
     * question. The request is kept, closed as self-served, so the article's page can count the questions it
     * answered; nobody is asked and it does not count towards the limit.
     */
    @Transactional
    public long answeredAlready(Actor actor, long teamId, HelpAsk ask, Long articleId) {
        checkAsk(actor, teamId, ask);
        if (articleId != null) {
            articles.details(actor, articleId);
        }
        var request = new HelpRequest(actor.personId(), teamId, false, ask, ask.details(),
                HelpText.cleanTags(ask.tags()), clock.instant());
        request.selfServe(articleId, clock.instant());
        return requests.saveAndFlush(request).getId();
    }

    /** How many questions an article answered before anyone had to be asked. */
    public long questionsAnsweredBy(Actor actor, long articleId) {
        articles.details(actor, articleId);
        return requests.countByAnsweredByArticle(articleId);
    }

    public HelpPage page(Actor actor, long requestId) {
        return pages.of(actor, guard.visible(actor, requestId));
    }

    /** The viewer's own requests, newest first. */
    public List<HelpCard> mine(Actor actor) {
        return cards(actor, requests.findByAskerIdOrderByCreatedAtDesc(actor.personId(), PageRequest.of(0, 50)));
    }

    /**
     * Open requests the viewer may see: of their teams, of the whole organisation, and confidential ones they were
     * picked for. Those they can help with (asked by routing, or a skill at level 3 or more) come first.
     */
    public HelpBoard board(Actor actor, BoardFilter filter) {
        var teamIds = access.visibleTeamIds(actor);
        var page = PageRequest.of(0, BOARD_SIZE);
        var rows = new ArrayList<BoardRow>();
        if (!teamIds.isEmpty()) {
            rows.addAll(requests.findOpenOfTeams(teamIds, page));
        }
        rows.addAll(requests.findOpenToEveryone(page));
        rows.addAll(requests.findOpenAskedBy(actor.personId()));
        rows.addAll(requests.findOpenShownTo(actor.personId(), page));
        var ids = rows.stream().sorted(NEWEST_FIRST).map(BoardRow::id).distinct()
                .limit(BOARD_SIZE).toList();
        Map<Long, HelpRequest> loaded = new HashMap<>();
        if (!ids.isEmpty()) {
            requests.findAllIn(ids).forEach(r -> loaded.put(r.getId(), r));
        }
        var open = ids.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
        var cards = cards(actor, open).stream().filter(filter::matches).toList();
        var canHelp = cards.stream().filter(HelpCard::youCanHelp).toList();
        var others = cards.stream().filter(c -> !canHelp.contains(c)).toList();
        return new HelpBoard(canHelp, others);
    }

    /** Open "specific help" requests of the team whose askers agreed to a peer roundtable, oldest first. */
    public List<RoundtableCandidate> roundtableCandidates(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        var found = requests.findRoundtableCandidates(teamId).stream()
                .filter(r -> !r.isConfidential() && guard.canSee(actor, r)).toList();
        var names = people.contacts(found.stream().map(HelpRequest::getAskerId).toList());
        return found.stream().map(r -> new RoundtableCandidate(r.getId(), r.getTitle(), r.getAskerId(),
                names.get(r.getAskerId()).name(), r.getTags(), r.getCreatedAt())).toList();
    }

    private void checkAsk(Actor actor, long teamId, HelpAsk ask) {
        if (!teams.isMember(teamId, actor.personId())) {
            throw new NotFoundException("The team");
        }
        validator.check(ask);
        HelpGuard.requireNoActiveMarkup("details", ask.details());
        if (ask.confidential()) {
            var picked = new HashSet<>(ask.viewerIds());
            picked.remove(actor.personId());
            if (picked.isEmpty()) {
                throw InvalidInputException.of("viewerIds",
                        "Pick at least one person who may see a confidential request.");
            }
            if (picked.stream().anyMatch(p -> !access.canSeePerson(actor, p))) {
                throw InvalidInputException.of("viewerIds", "Pick people from your teams.");
            }
        }
        if (ask.wholeOrganisation() && !ask.confidential()
                && rules.findById(teamId).map(r -> r.form().teamOnly()).orElse(false)) {
            throw InvalidInputException.of("wholeOrganisation", "Your team keeps help requests inside the team: "
                    + "ask the team, or ask a manager about the team's rules.");
        }
    }

    private List<HelpCard> cards(Actor actor, List<HelpRequest> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().map(HelpRequest::getId).toList();
        Set<Long> askedMe = new HashSet<>(routing.findAskedAmong(actor.personId(), ids));
        Set<String> mySkills = new HashSet<>();
        persons.person(actor.personId()).ifPresent(p -> p.getSkills().stream()
                .filter(s -> s.proficiency() >= HelperRouting.MIN_PROFICIENCY).forEach(s -> mySkills.add(s.key())));
        Map<Long, String> names = new HashMap<>();
        people.contacts(found.stream().map(HelpRequest::getAskerId).distinct().toList())
                .forEach((id, p) -> names.put(id, p.name()));
        return found.stream().map(r -> {
            boolean asked = askedMe.contains(r.getId());
            boolean skilled = r.getAskerId() != actor.personId()
                    && HelpRouter.keys(r.getTags()).stream().anyMatch(mySkills::contains);
            return new HelpCard(r.getId(), r.getTitle(), r.getKind(), r.getUrgency(), r.getStatus(), r.getTags(),
                    names.getOrDefault(r.getAskerId(), "Someone"), r.getCreatedAt(), r.isConfidential(),
                    r.isWholeOrganisation(), asked, asked || skilled);
        }).toList();
    }
}
