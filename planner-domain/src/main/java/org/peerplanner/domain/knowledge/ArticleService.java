package org.peerplanner.domain.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.gap.GapDetails;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team knowledge base: any member reads and writes the team's articles; every save is a
 * revision that can be shown and restored; managers see which articles are past their review date
 * and close addressed gaps with an article as evidence. Links to gaps respect confidentiality: a
 * gap the viewer may not see is neither shown nor lost when they save.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    /** A new article from a session should be looked at again after this long. */
    static final int REVIEW_MONTHS = 6;

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final TeamAccess access;
    private final TeamLookup teams;
    private final PersonLookup people;
    private final CommandValidator validator;
    private final GapLifecycleService gapLifecycle;
    private final SessionService sessions;
    private final LinkTargets links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ArticleRevisionRepository revisions, TeamAccess access,
                   TeamLookup teams, PersonLookup people, CommandValidator validator,
                   GapLifecycleService gapLifecycle, SessionService sessions, LinkTargets links,
                   ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.access = access;
        this.teams = teams;
        this.people = people;
        this.validator = validator;
        this.gapLifecycle = gapLifecycle;
        this.sessions = sessions;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** The team's articles, last changed first. */
    public List<ArticleCard> index(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return cards(teamId, articles.findByTeamIdOrderByUpdatedAtDescIdDesc(teamId));
    }

    /** Articles past their review date, oldest date first: for the team's managers. */
    /** A new article is due for review {@value #REVIEW_MONTHS} months from the team's today. */
    @Transactional(readOnly = true)
    public LocalDate defaultReviewBy(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return today(teamId).plusMonths(REVIEW_MONTHS);
    }

    public List<ArticleCard> stale(Actor actor, long teamId) {
        access.requireManager(actor, teamId);
        return cards(teamId, articles.findStale(teamId, today(teamId)));
    }

    public ArticleDetails details(Actor actor, long articleId) {
        return details(actor, visible(actor, articleId));
    }

    @Transactional
    public ArticleDetails create(Actor actor, long teamId, ArticleDraft draft) {
        access.requireVisibleTeam(actor, teamId);
        check(actor, teamId, draft);
        Instant now = clock.instant();
        var article = new Article(teamId, actor.personId(), now);
        article.write(draft, now);
        article = articles.saveAndFlush(article);
        revisions.save(new ArticleRevision(article, actor.personId(), now, "Created"));
        events.publishEvent(new ArticleRevised(article.getId(), teamId, article.getRevision(), actor.personId(),
                article.getTitle(), article.getBody().length(), now));
        return details(actor, article);
    }

    /**
     * Saves the editor's draft as a new revision. Links to gaps the author may not see (confidential
     * ones) are kept as they were: the draft cannot contain them, and dropping them would be a loss.
     */
    @Transactional
    public ArticleDetails revise(Actor actor, long articleId, long expectedVersion, ArticleDraft draft) {
        Article article = visible(actor, articleId);
        requireVersion(article, expectedVersion);
        check(actor, article.getTeamId(), draft);
        var withHidden = withHiddenGaps(actor, article, draft);
        var before = ArticleChanges.Before.of(article);
        Instant now = clock.instant();
        if (article.write(withHidden, now)) {
            save(article);
            revisions.save(new ArticleRevision(article, actor.personId(), now, ArticleChanges.describe(before, article)));
            events.publishEvent(new ArticleRevised(article.getId(), article.getTeamId(), article.getRevision(),
                    actor.personId(), article.getTitle(), ArticleChanges.changedCharacters(before.body(), article.getBody()),
                    now));
        }
        return details(actor, article);
    }

    public List<RevisionSummary> revisions(Actor actor, long articleId) {
        Article article = visible(actor, articleId);
        var all = revisions.findByArticleIdOrderByNumberDesc(articleId);
        var names = names(all.stream().map(ArticleRevision::getAuthorId).toList());
        return all.stream().map(r -> new RevisionSummary(r.getNumber(), name(names, r.getAuthorId()), r.getSavedAt(),
                r.getTitle(), r.getSummary(), r.getNumber() == article.getRevision())).toList();
    }

    public RevisionSnapshot revision(Actor actor, long articleId, int number) {
        Article article = visible(actor, articleId);
        ArticleRevision r = revisions.findByArticleIdAndNumber(articleId, number)
                .orElseThrow(() -> new NotFoundException("That revision"));
        return new RevisionSnapshot(articleId, r.getNumber(), name(names(List.of(r.getAuthorId())), r.getAuthorId()),
                r.getSavedAt(), r.getTitle(), r.getBody(), ArticleMarkdown.toSafeHtml(r.getBody()), r.getTags(),
                r.getSummary(), r.getNumber() == article.getRevision());
    }

    /** Brings back an earlier revision's title, text and tags as a new revision; links and dates stay. */
    @Transactional
    public ArticleDetails restore(Actor actor, long articleId, long expectedVersion, int number) {
        Article article = visible(actor, articleId);
        requireVersion(article, expectedVersion);
        ArticleRevision r = revisions.findByArticleIdAndNumber(articleId, number)
                .orElseThrow(() -> new NotFoundException("That revision"));
        if (r.getNumber() == article.getRevision()) {
            throw InvalidInputException.of("revision", "This is already the current revision.");
        }
        var draft = new ArticleDraft(r.getTitle(), r.getBody(), r.getTags(), article.getReviewBy(),
                article.getSessionIds(), article.getGapIds(), article.getMaterials());
        Instant now = clock.instant();
        int undone = article.getRevision();
        if (article.write(draft, now)) {
            save(article);
            revisions.save(new ArticleRevision(article, actor.personId(), now, "Restored revision " + number));
            events.publishEvent(new ArticleRestored(articleId, article.getTeamId(), number, undone));
        }
        return details(actor, article);
    }

    /**
     * The first draft of an article about a held session, for the editor to show: the session's title, takeaways
     * and materials, linked to the session and the gaps it addressed, to be reviewed in six months. Nothing is
     * saved: the article exists once its author saves it (a stub published on the click stayed behind on Cancel).
     */
    public SessionArticleDraft draftFromHeldSession(Actor actor, long sessionId) {
        SessionDetails s = sessions.details(actor, sessionId);
        if (s.format().isConfidential()) {
            throw InvalidInputException.of("session", "A peer roundtable stays with the people who attended it: its "
                    + "notes and takeaways never go into the knowledge base.");
        }
        if (s.status() != SessionStatus.HELD) {
            throw InvalidInputException.of("session", "Write an article once the session was held.");
        }
        var tags = new ArrayList<String>();
        s.gaps().forEach(g -> visibleGap(actor, g.id()).ifPresent(d -> tags.addAll(d.tags())));
        var draft = new ArticleDraft(s.title(), SessionArticleText.of(s), tags.stream().distinct().limit(20).toList(),
                today(s.teamId()).plusMonths(REVIEW_MONTHS), Set.of(sessionId),
                s.gaps().stream().map(SessionDetails.GapRef::id).collect(Collectors.toSet()), s.materials());
        return new SessionArticleDraft(s.teamId(), draft);
    }

    /** Articles of the gap's team that link the gap; empty for a gap the viewer may not see. */
    public List<LinkedArticle> linkedToGap(Actor actor, long gapId) {
        if (visibleGap(actor, gapId).isEmpty()) {
            return List.of();
        }
        return articles.findLinkingGap(gapId).stream().filter(a -> access.canSeeTeam(actor, a.getTeamId()))
                .map(a -> new LinkedArticle(a.getId(), a.getTitle())).toList();
    }

    public List<LinkedArticle> linkedToSession(Actor actor, long sessionId) {
        return articles.findLinkingSession(sessionId).stream().filter(a -> access.canSeeTeam(actor, a.getTeamId()))
                .map(a -> new LinkedArticle(a.getId(), a.getTitle())).toList();
    }

    /** Closing the loop: the manager closes an addressed gap the article links, naming the article. */
    @Transactional
    public GapDetails closeGapWithArticle(Actor actor, long articleId, long gapId) {
        Article article = visible(actor, articleId);
        if (!article.getGapIds().contains(gapId)) {
            throw InvalidInputException.of("gap", "This article does not link that gap; link it first.");
        }
        GapDetails closed = gapLifecycle.closeWithEvidence(actor, gapId, article.getTitle());
        events.publishEvent(new ArticleClosedGap(articleId, article.getAuthorId(), article.getTitle(), gapId,
                closed.title(), article.getTeamId(), actor.personId(), clock.instant()));
        return closed;
    }

    /** The article as a Markdown file: front matter (title, tags, review date, links), then the body as written. */
    public String markdownFile(Actor actor, long articleId) {
        return ArticleMarkdownFile.of(details(actor, articleId));
    }

    // ---------------------------------------------------------------- helpers

    private Article visible(Actor actor, long articleId) {
        Article article = articles.findById(articleId).orElseThrow(ArticleService::notFound);
        if (!access.canSeeTeam(actor, article.getTeamId())) {
            throw notFound();
        }
        return article;
    }

    private void check(Actor actor, long teamId, ArticleDraft draft) {
        validator.check(draft);
        for (long sessionId : draft.sessionIds()) {
            var session = links.session(actor, sessionId)
                    .orElseThrow(() -> InvalidInputException.of("sessionIds", "A linked session no longer exists."));
            if (session.teamId() != teamId) {
                throw InvalidInputException.of("sessionIds", "Link only sessions of the article's team.");
            }
            if (session.confidential()) {
                throw InvalidInputException.of("sessionIds", "A peer roundtable stays with its attendees: link "
                        + "another session.");
            }
        }
        for (long gapId : draft.gapIds()) {
            var gap = links.gap(actor, gapId)
                    .orElseThrow(() -> InvalidInputException.of("gapIds", "A linked gap no longer exists."));
            if (gap.teamId() != teamId) {
                throw InvalidInputException.of("gapIds", "Link only gaps of the article's team.");
            }
        }
    }

    private ArticleDraft withHiddenGaps(Actor actor, Article article, ArticleDraft draft) {
        Set<Long> gapIds = new LinkedHashSet<>(draft.gapIds());
        article.getGapIds().stream().filter(id -> visibleGap(actor, id).isEmpty()).forEach(gapIds::add);
        return new ArticleDraft(draft.title(), draft.body(), draft.tags(), draft.reviewBy(), draft.sessionIds(), gapIds,
                draft.materials());
    }

    private Optional<LinkTargets.Gap> visibleGap(Actor actor, long gapId) {
        return links.gap(actor, gapId);
    }

    private ArticleDetails details(Actor actor, Article a) {
        Team team = team(a.getTeamId());
        boolean manages = access.canManageTeam(actor, a.getTeamId());
        var sessionLinks = a.getSessionIds().stream().sorted().flatMap(id -> links.session(actor, id).stream())
                .filter(s -> !s.confidential())
                .map(s -> new ArticleDetails.SessionLink(s.id(), s.title(), s.status())).toList();
        var gapLinks = a.getGapIds().stream().sorted().flatMap(id -> visibleGap(actor, id).stream())
                .map(g -> new ArticleDetails.GapLink(g.id(), g.title(), g.status(),
                        manages && g.status() == GapStatus.ADDRESSED && !g.merged()))
                .toList();
        return new ArticleDetails(a.getId(), a.getVersion(), a.getTeamId(), team.getName(), a.getTitle(), a.getBody(),
                ArticleMarkdown.toSafeHtml(a.getBody()), a.getTags(), a.getReviewBy(), a.isStale(today(team)),
                name(names(List.of(a.getAuthorId())), a.getAuthorId()), a.getCreatedAt(), a.getUpdatedAt(),
                a.getRevision(), sessionLinks, gapLinks, a.getMaterials(),
                new ArticleDetails.Permissions(true, manages));
    }

    private List<ArticleCard> cards(long teamId, List<Article> list) {
        LocalDate today = today(teamId);
        var names = names(list.stream().map(Article::getAuthorId).toList());
        return list.stream().map(a -> new ArticleCard(a.getId(), a.getTeamId(), a.getTitle(), a.getTags(),
                name(names, a.getAuthorId()), a.getCreatedAt(), a.getUpdatedAt(), a.getReviewBy(), a.isStale(today),
                a.getRevision(), a.getSessionIds().size(), a.getGapIds().size())).toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return people.people(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(Person::getId, Person::getFullName, (x, y) -> x));
    }

    private static String name(Map<Long, String> names, long id) {
        return names.getOrDefault(id, "a former member");
    }

    private void requireVersion(Article article, long expectedVersion) {
        if (article.getVersion() != expectedVersion) {
            throw new ConflictException("This article");
        }
    }

    private void save(Article article) {
        try {
            articles.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This article");
        }
    }

    private Team team(long teamId) {
        return teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
    }

    private LocalDate today(long teamId) {
        return today(team(teamId));
    }

    private LocalDate today(Team team) {
        return LocalDate.now(clock.withZone(team.getTimeZone()));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("The article");
    }

}
