package org.peerplanner.web.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A dozen articles across both teams: written from held sessions, edited by colleagues (so there
 * is history), linked to gaps, one past its review date, one linking a confidential gap, and one
 * gap addressed by a session and written up, waiting for Maria to close it with the article.
 */
@Component
@DemoMode
class KnowledgeBaseDemo implements DemoChapter {

    private final ArticleService articles;
    private final SessionService sessions;
    private final GapBoardService board;
    private final GapLifecycleService lifecycle;

    KnowledgeBaseDemo(ArticleService articles, SessionService sessions, GapBoardService board,
                      GapLifecycleService lifecycle) {
        this.articles = articles;
        this.sessions = sessions;
        this.board = board;
        this.lifecycle = lifecycle;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(DemoOrganisation org) {
        long payments = org.team("payments");
        Actor maria = org.actor("maria");
        if (!articles.index(maria, payments).isEmpty()) {
            return;
        }
        payments(org, payments, maria);
        mobile(org, org.team("mobile"), org.actor("daniel"));
    }

    private void payments(DemoOrganisation org, long team, Actor maria) {
        LocalDate today = org.today();
        var held = sessions.past(maria, team, 100).stream().filter(s -> s.status() == SessionStatus.HELD).toList();

        long kafka = gap(maria, team, "Kafka consumer groups and rebalancing");
        var a = write(org.actor("jonas"), team, "Kafka consumer groups: rebalancing without storms", """
                Two incidents this quarter started with a **rebalancing storm**: consumers kept leaving and joining
                the group, and nothing was processed for minutes.

                ## What happens
                1. A consumer misses `max.poll.interval.ms` because one batch takes too long.
                2. The coordinator drops it and rebalances the whole group.
                3. Everyone stops, reassigns, starts again — and the slow batch is still there.

                ## What we changed
                - `max.poll.records` from 500 to 100 on the settlement consumer
                - static membership (`group.instance.id`) so a restart is not a rebalance
                """, List.of("Kafka", "event streaming"), today.plusMonths(6), Set.of(), Set.of(kafka), List.of());
        a = edit(org.actor("aisha"), a, a.body() + """

                | Setting | Before | After |
                |---|---:|---:|
                | max.poll.records | 500 | 100 |
                | session.timeout.ms | 10000 | 45000 |
                """);
        edit(org.actor("jonas"), a, a.body().replace("for minutes.", "for up to eleven minutes (INC-2207)."));

        long plans = gap(maria, team, "Reading Postgres query plans");
        var plansSession = find(held, "Designing database migrations");
        var p = write(org.actor("aisha"), team, "Reading Postgres query plans", """
                Start at the **innermost** node and read upwards; each node shows estimated and actual rows.

                - `Seq Scan` on a big table inside a loop is the usual suspect
                - a large gap between estimated and actual rows means stale statistics: `ANALYZE` the table
                - `Buffers: shared read` tells you what came from disk

                ```sql
                EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM settlement WHERE batch_id = 42;
                ```
                """, List.of("PostgreSQL", "SQL tuning"), today.plusMonths(4), Set.of(plansSession.id()), Set.of(plans),
                List.of(new Material("Explain visualiser", "https://explain.depesz.com/")));
        edit(org.actor("lukas"), p, p.body() + "\nThe settlement report (INC-2231) was a dropped index: "
                + "compare plans before and after a migration.\n");

        var fromSession = articles.draftFromHeldSession(org.actor("jonas"), find(held, "Idempotency keys").id());
        var idempotency = articles.create(org.actor("jonas"), fromSession.teamId(), fromSession.draft());
        edit(maria, idempotency, List.of("payments API", "idempotency"), """
                Every payment request carries an `Idempotency-Key`; we store the key with the response for 24 hours.

                - same key, same body: return the stored response
                - same key, different body: `422`, never a second charge
                - keys are per merchant, so two merchants cannot collide
                """ + "\n" + idempotency.body());

        write(maria, team, "Our incident review template", """
                Blameless, one page, within five working days.

                1. What happened (timeline in UTC)
                2. Impact: who noticed, for how long
                3. What helped, what got in the way
                4. Actions, each with an owner and a date
                """, List.of("incidents", "on-call"), today.minusDays(10), Set.of(), Set.of(), List.of());

        long flaky = gap(maria, team, "Flaky contract tests in checkout");
        var testcontainers = find(held, "Testcontainers in practice");
        addressed(maria, team, flaky, testcontainers);
        write(org.actor("zoe"), team, "Testcontainers in practice", """
                Our contract tests were flaky because they shared one database. Now each test class gets a fresh
                schema from a **reused** container: start-up once, isolation per class.

                See the [Testcontainers docs](https://java.testcontainers.org/) for `withReuse(true)`.
                """, List.of("testing", "Docker", "contract tests"), today.plusMonths(8), Set.of(testcontainers.id()),
                Set.of(flaky),
                List.of());

        long terraform = gap(maria, team, "Terraform module structure");
        var t = write(org.actor("riley"), team, "Terraform module structure", """
                One module per service, composed in `envs/<stage>`; shared modules are versioned with tags, never
                referenced by branch.
                """, List.of("Terraform", "infrastructure"), today.plusMonths(12), Set.of(), Set.of(terraform), List.of());
        edit(org.actor("lukas"), t, t.body() + "\nRun `terraform fmt -recursive` before review; CI rejects unformatted code.\n");

        write(org.actor("lukas"), team, "Feature flags without regrets", """
                A flag is a branch with a deadline. Every flag gets an owner and a removal date in its description;
                the weekly flag report lists flags older than 30 days.
                """, List.of("feature flags", "release"), today.plusMonths(6),
                Set.of(find(held, "Feature flags").id()), Set.of(), List.of());

        long feedback = gap(maria, team, "Giving feedback as a first-time lead");
        write(maria, team, "Giving feedback: notes for new leads", """
                Specific, soon, and about the work: *situation, behaviour, impact*. Ask before you advise.
                """, List.of("leadership", "feedback"), today.plusMonths(6), Set.of(), Set.of(feedback), List.of());
    }

    private void mobile(DemoOrganisation org, long team, Actor daniel) {
        LocalDate today = org.today();
        long swiftui = gap(daniel, team, "SwiftUI performance profiling");
        var s = write(org.actor("priya"), team, "SwiftUI performance profiling with Instruments", """
                Use the **SwiftUI** template in Instruments: it shows how often each view body is evaluated.
                Order history re-rendered every row on each scroll because the rows' identity changed.
                """, List.of("SwiftUI", "performance"), today.plusMonths(6), Set.of(), Set.of(swiftui), List.of());
        edit(org.actor("emily"), s, s.body() + "\nFix: stable `id` from the order number, not the array index.\n");

        long crashes = gap(daniel, team, "Crash triage in Android vitals");
        write(org.actor("sam"), team, "Crash triage in Android vitals", """
                Sort by *users affected*, not by count. Group by the top app frame, then check the release it first
                appeared in. The runbook's triage section has the query.
                """, List.of("Android", "crash triage", "on-call"), today.plusMonths(6), Set.of(), Set.of(crashes),
                List.of());

        var r = write(daniel, team, "Release train: when to merge", """
                The train leaves every second Wednesday at 10:00 Pacific. Merge by Tuesday evening; anything later
                waits for the next train unless it fixes a crash.
                """, List.of("release process"), today.plusMonths(3), Set.of(), Set.of(), List.of());
        edit(org.actor("carlos"), r, r.body() + "\nApp store review rejections: the release captain answers within a day.\n");

        write(org.actor("hannah"), team, "A/B experiments that answer something", """
                Write down the decision the experiment will change **before** it starts, and the smallest effect
                worth acting on. No decision, no experiment.
                """, List.of("experimentation"), today.plusMonths(6), Set.of(), Set.of(), List.of());
    }

    private ArticleDetails write(Actor author, long team, String title, String body, List<String> tags, LocalDate reviewBy,
                                 Set<Long> sessionIds, Set<Long> gapIds, List<Material> materials) {
        return articles.create(author, team, new ArticleDraft(title, body, tags, reviewBy, sessionIds, gapIds, materials));
    }

    private ArticleDetails edit(Actor editor, ArticleDetails a, String body) {
        return edit(editor, a, a.tags(), body);
    }

    private ArticleDetails edit(Actor editor, ArticleDetails a, List<String> tags, String body) {
        return articles.revise(editor, a.id(), a.version(), new ArticleDraft(a.title(), body, tags, a.reviewBy(),
                a.sessions().stream().map(ArticleDetails.SessionLink::id).collect(java.util.stream.Collectors.toSet()),
                a.gaps().stream().map(ArticleDetails.GapLink::id).collect(java.util.stream.Collectors.toSet()),
                a.materials()));
    }

    private long gap(Actor manager, long team, String title) {
        return board.board(manager, team, GapFilter.everything().matching(title), PageRequest.of(0, 5)).stream()
                .filter(g -> g.title().equals(title)).findFirst().orElseThrow().id();
    }

    private static SessionCard find(List<SessionCard> held, String topic) {
        return held.stream().filter(s -> s.title().contains(topic)).findFirst().orElse(held.getFirst());
    }

    /** The session was held for the gap: it is waiting for an article to close it. */
    private void addressed(Actor manager, long team, long gapId, SessionCard session) {
        String reference = session.start().toLocalDate() + ": " + session.title();
        GapStatus status = board.board(manager, team, GapFilter.everything(), PageRequest.of(0, 500)).stream()
                .filter(g -> g.id() == gapId).findFirst().orElseThrow().status();
        if (status == GapStatus.OPEN) {
            lifecycle.plan(manager, gapId, reference);
            status = GapStatus.PLANNED;
        }
        if (status == GapStatus.PLANNED) {
            lifecycle.markAddressed(manager, gapId, "Held: " + reference);
        }
    }
}
