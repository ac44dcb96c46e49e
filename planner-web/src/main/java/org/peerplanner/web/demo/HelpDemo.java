package org.peerplanner.web.demo;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.help.HelpAnswers;
import org.peerplanner.domain.help.HelpAsk;
import org.peerplanner.domain.help.HelpKind;
import org.peerplanner.domain.help.HelpRequests;
import org.peerplanner.domain.help.HelpUrgency;
import org.peerplanner.domain.knowledge.ArticleService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Help requests in the demo organisation: open ones of each kind (Emily's confidential one only Daniel sees), Carlos's
 * solved by Daniel, Hannah's turned into an article, Maria's logged as a knowledge gap, Riley's become a pairing
 * session with Aisha, and one answered by an article before anyone was asked. The answers spread over Daniel, Jonas,
 * Aisha, Sam and Riley, so routing's reasons show different loads. The services stamp everything "now"; afterwards each
 * request is moved back to when it was asked and its answers to a while after that, so the board reads "2 days ago"
 * and the outcomes' time to first answer has something to show.
 */
@Component
@DemoMode
class HelpDemo implements DemoChapter {

    private final HelpRequests requests;
    private final HelpAnswers answers;
    private final ArticleService articles;
    private final JdbcTemplate jdbc;

    HelpDemo(HelpRequests requests, HelpAnswers answers, ArticleService articles, JdbcTemplate jdbc) {
        this.requests = requests;
        this.answers = answers;
        this.articles = articles;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed(DemoOrganisation org) {
        Actor tomas = org.actor("tomas");
        if (!requests.mine(tomas).isEmpty()) {
            return;
        }
        long payments = org.team("payments");
        long mobile = org.team("mobile");
        // Solved, and a load for Daniel and Sam.
        long gradle = ask(org, "carlos", mobile, HelpAsk.of(HelpKind.SPECIFIC_HELP, "Gradle build cache misses on CI",
                "Every CI run rebuilds all modules although nothing changed. Local builds hit the cache.",
                List.of("CI pipelines", "Android"), HelpUrgency.TODAY));
        answers.answer(org.actor("sam"), gradle, null, "Check that the CI runner's path is not part of a task input.");
        long daniel = answers.answer(org.actor("daniel"), gradle, null, "Enable `org.gradle.caching.debug=true`; "
                + "in our case an absolute path in a generated `BuildConfig` broke every cache key.");
        answers.markHelped(org.actor("carlos"), gradle, daniel);
        // Solved and turned into an article.
        long coroutines = ask(org, "hannah", mobile, HelpAsk.of(HelpKind.INFORMATION,
                "How do I test a Kotlin coroutine that uses delay()?", "My test waits the real five seconds.",
                List.of("Kotlin", "Testing"), HelpUrgency.THIS_WEEK));
        long tip = answers.answer(org.actor("daniel"), coroutines, null, "Use `runTest` from kotlinx-coroutines-test: "
                + "it skips `delay()` with virtual time.\n\n```kotlin\n@Test fun waits() = runTest { ... }\n```");
        answers.markHelped(org.actor("hannah"), coroutines, tip);
        answers.turnIntoArticle(org.actor("daniel"), coroutines);
        // Became a pairing session.
        long slowQuery = ask(org, "riley", payments, HelpAsk.of(HelpKind.SPECIFIC_HELP,
                "The incident dashboard's main query takes 8 seconds", "It got slow after last week's migration.",
                List.of("PostgreSQL", "SQL tuning"), HelpUrgency.TODAY));
        var berlin = ZoneId.of("Europe/Berlin");
        long offer = answers.offerToPair(org.actor("aisha"), slowQuery, org.today().plusDays(1).atTime(LocalTime.of(14, 0))
                .atZone(berlin), 60, "Let's read the plan together; bring the slow query log.");
        answers.acceptPairing(org.actor("riley"), slowQuery, offer);
        // Unsolved, logged as a knowledge gap.
        long keys = ask(org, "maria", payments, HelpAsk.of(HelpKind.INFORMATION,
                "How do we rotate the payment provider's API keys without downtime?",
                "This comes up every quarter and nobody remembers the steps.", List.of("Terraform", "Payments compliance"),
                HelpUrgency.WHENEVER));
        answers.answer(org.actor("riley"), keys, null, "I did it once with two keys live for a day; not sure it is "
                + "still how the provider wants it.");
        answers.logAsGap(org.actor("maria"), keys);
        answers.close(org.actor("maria"), keys);
        // Open, one of each kind, one confidential.
        long tests = ask(org, "tomas", payments, HelpAsk.of(HelpKind.SPECIFIC_HELP,
                "Our Spring Boot test context starts twice", "Two `@SpringBootTest` classes with different "
                        + "`@MockitoBean`s; the build got 40 seconds slower.", List.of("Java", "Spring Boot"),
                HelpUrgency.TODAY).withRoundtableConsent());
        answers.answer(org.actor("jonas"), tests, null, "Each different set of mocks is a new context. Can the two "
                + "classes share one base class with the same mocks?");
        ask(org, "tomas", payments, HelpAsk.of(HelpKind.INFORMATION, "How do I read the Kafka consumer lag graph?",
                "", List.of("Kafka", "Observability"), HelpUrgency.THIS_WEEK));
        ask(org, "zoe", payments, HelpAsk.of(HelpKind.STORIES, "Stories of moving a design system to a new framework",
                "What went well, what would you do differently?", List.of("React", "Design systems"),
                HelpUrgency.WHENEVER).acrossOrganisation());
        ask(org, "emily", mobile, HelpAsk.of(HelpKind.SPECIFIC_HELP, "Nervous about my first on-call week",
                "I would like to talk it through with someone before it starts.", List.of("Incident response"),
                HelpUrgency.THIS_WEEK).confidentialFor(Set.of(org.person("daniel"))));
        backdate(gradle, Duration.ofDays(9), Duration.ofMinutes(35));
        backdate(coroutines, Duration.ofDays(6), Duration.ofHours(3));
        backdate(slowQuery, Duration.ofDays(2), Duration.ofMinutes(50));
        backdate(keys, Duration.ofDays(12), Duration.ofDays(1));
        backdate(tests, Duration.ofHours(5), Duration.ofMinutes(20));
        // Answered by the knowledge base before anyone was asked.
        articles.index(org.actor("jonas"), payments).stream().findFirst().ifPresent(article ->
                requests.answeredAlready(org.actor("jonas"), payments, HelpAsk.of(HelpKind.INFORMATION,
                        article.title() + "?", "", article.tags(), HelpUrgency.WHENEVER), article.id()));
    }

    private long ask(DemoOrganisation org, String who, long team, HelpAsk ask) {
        return requests.ask(org.actor(who), team, ask);
    }

    /**
     * Moves a request back by {@code age}, the people routing asked with it, and its answers to {@code firstAnswer}
     * after it was asked and a quarter of an hour apart. When it was closed stays as it was (closed "now", after the
     * answers); when it escalates stays too, so no demo request is due the moment the app starts.
     */
    private void backdate(long requestId, Duration age, Duration firstAnswer) {
        long ageSeconds = age.toSeconds();
        jdbc.update("update help_request set created_at = timestampadd(second, ?, created_at) where id = ?",
                -ageSeconds, requestId);
        jdbc.update("update help_routing set notified_at = timestampadd(second, ?, notified_at) where request_id = ?",
                -ageSeconds, requestId);
        var answerIds = jdbc.queryForList("select id from help_answer where request_id = ? order by id", Long.class,
                requestId);
        for (int i = 0; i < answerIds.size(); i++) {
            long after = firstAnswer.toSeconds() + i * Duration.ofMinutes(15).toSeconds();
            jdbc.update("update help_answer set created_at = timestampadd(second, ?, created_at) where id = ?",
                    -(ageSeconds - after), answerIds.get(i));
        }
    }
}
