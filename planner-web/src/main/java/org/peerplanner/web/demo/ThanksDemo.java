package org.peerplanner.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.thanks.SayThanks;
import org.peerplanner.domain.thanks.Thanks;
import org.peerplanner.domain.thanks.ThanksFor;
import org.springframework.stereotype.Component;

/**
 * Thanks between the demo people over the last three months: for held sessions (the day after), for articles and
 * for help in their own words, a few a week and never over the caps. Payments Platform shows its thank-you wall;
 * Mobile Apps keeps it off, as every team starts.
 */
@Component
@DemoMode
class ThanksDemo implements DemoChapter {

    private static final Map<String, List<String>> TEAMS = Map.of(
            "payments", List.of("maria", "jonas", "aisha", "lukas", "zoe", "tomas", "riley"),
            "mobile", List.of("daniel", "priya", "sam", "emily", "carlos", "hannah", "aisha"));
    private static final List<String> SESSION_REASONS = List.of(
            "The live demo made consumer lag finally click for me; I fixed our alert the same afternoon.",
            "You kept it practical and left time for our own questions. I reuse your checklist every week now.",
            "Thanks for preparing real examples from our codebase instead of toy ones; that is what made it stick.",
            "I was nervous to ask basic questions and you made that easy. Best session of the quarter for me.",
            "Your comparison table saved me a day of reading docs before the migration.",
            "Great pace and a clear story; the recording is now our onboarding link for this topic.");

    private final Thanks thanks;
    private final SessionLookup sessions;
    private final ArticleService articles;

    ThanksDemo(Thanks thanks, SessionLookup sessions, ArticleService articles) {
        this.thanks = thanks;
        this.sessions = sessions;
        this.articles = articles;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void seed(DemoOrganisation org) {
        if (!thanks.received(org.actor("jonas")).isEmpty() || !thanks.received(org.actor("maria")).isEmpty()) {
            return;
        }
        TEAMS.forEach((team, people) -> forSessions(org, team, people));
        help(org, "jonas", "tomas", "reproducing the flaky settlement test",
                "You spent an hour with me on it in your first week and found the time-zone bug. Welcome aboard!", 9);
        help(org, "tomas", "jonas", "setting up Kafka locally",
                "Your docker-compose file and the walkthrough got me productive on day two.", 8);
        help(org, "zoe", "aisha", "the slow dashboard query",
                "Reading the plan together showed me what to look for; the page loads in 200 ms now.", 20);
        help(org, "carlos", "sam", "the GraphQL schema review",
                "Thanks for the careful review and for explaining why, not only what.", 15);
        help(org, "emily", "priya", "profiling the app start",
                "Instruments was a mystery to me; now I can find the slow parts on my own.", 30);
        forArticles(org, "payments", "lukas", "Clear enough that I could follow it alone at midnight during on-call.");
        forArticles(org, "mobile", "hannah", "Exactly what I needed before my first experiment; bookmarked for the team.");
        var wall = thanks.wall(org.actor("maria"), org.team("payments"));
        thanks.showWall(org.actor("maria"), org.team("payments"), wall.version(), true);
    }

    /** Each held session of the last twelve weeks: a teammate (in turn) thanks whoever led it, the day after. */
    private void forSessions(DemoOrganisation org, String team, List<String> people) {
        Instant now = org.today().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        var held = sessions.held(org.team(team), org.today().minusWeeks(12), org.today().minusDays(2));
        for (int i = 0; i < held.size(); i++) {
            LearningSession session = held.get(i);
            var leader = session.getFacilitatorId();
            String giver = people.get(i % people.size());
            Instant at = session.getStartsAt().plus(Duration.ofHours(20));
            if (leader.isEmpty() || leader.get() == org.person(giver) || at.isAfter(now)
                    || session.getFormat().isConfidential()) {
                continue; // a roundtable's reasons ("the recording is our onboarding link") would not fit it
            }
            var what = session.getFormat() == SessionFormat.PAIRING ? ThanksFor.PAIRING : ThanksFor.SESSION;
            give(org.actor(giver), SayThanks.forSubject(org.team(team), leader.get(), what, session.getId(),
                    SESSION_REASONS.get(i % SESSION_REASONS.size())), at);
        }
    }

    private void forArticles(DemoOrganisation org, String team, String giver, String reason) {
        Actor actor = org.actor(giver);
        var mates = thanks.teammates(actor, org.team(team));
        articles.index(actor, org.team(team)).stream().limit(2).forEach(article -> mates.stream()
                .filter(m -> m.name().equals(article.authorName())).findFirst()
                .ifPresent(author -> give(actor, SayThanks.forSubject(org.team(team), author.personId(),
                        ThanksFor.ARTICLE, article.id(), reason), article.createdAt().plus(Duration.ofDays(3)))));
    }

    private void help(DemoOrganisation org, String giver, String receiver, String about, String reason, int daysAgo) {
        give(org.actor(giver), SayThanks.forHelp(null, org.person(receiver), about, reason),
                org.today().minusDays(daysAgo).atTime(15, 30).atZone(java.time.ZoneOffset.UTC).toInstant());
    }

    /** The demo skips what the rules refuse (a cap in a busy week, a session led by the giver) rather than stop. */
    private void give(Actor giver, SayThanks say, Instant at) {
        try {
            thanks.giveEarlier(giver, say, at);
        } catch (InvalidInputException | NotFoundException refused) {
            // Within the caps by design; a refusal here only means this one is left out.
        }
    }
}
