package org.peerplanner.web.demo;

import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapParticipationService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.format.SessionFormat;
import org.springframework.stereotype.Component;

/**
 * Knowledge gaps from every source: votes and offers, a confidential one from a 1:1, a duplicate
 * merged into its twin, and a few closed or declined with notes.
 */
@Component
@DemoMode
class GapsDemo implements DemoChapter {

    private final GapService gaps;
    private final GapBoardService board;
    private final GapParticipationService participation;
    private final GapLifecycleService lifecycle;

    GapsDemo(GapService gaps, GapBoardService board, GapParticipationService participation,
             GapLifecycleService lifecycle) {
        this.gaps = gaps;
        this.board = board;
        this.participation = participation;
        this.lifecycle = lifecycle;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoOrganisation org) {
        long payments = org.team("payments");
        if (board.count(DemoOrganisation.SYSTEM, payments, GapFilter.everything().includingMerged(true)) > 0) {
            return;
        }
        Actor maria = org.actor("maria");
        var d = new Seeder(org);

        long kafka = d.log(maria, payments, "Kafka consumer groups and rebalancing", GapSource.RETROSPECTIVE,
                "Retro " + org.today().minusWeeks(5), Urgency.HIGH, "jonas", 35,
                "Two incidents this quarter came from rebalancing storms; only Jonas knows how the group settings work.",
                List.of("kafka", "event streaming"), Set.of(SessionFormat.DEEP_DIVE));
        d.vote(kafka, "aisha", "lukas", "tomas");
        participation.offerToTeach(org.actor("jonas"), kafka, "I debugged the October rebalancing storm.");
        long twin = d.log(maria, payments, "kafka consumer-groups?", GapSource.RETROSPECTIVE, null, Urgency.MEDIUM,
                "tomas", 20, "Raised again in the next retro.", List.of("kafka"), Set.of());
        d.vote(twin, "zoe");
        lifecycle.merge(maria, twin, kafka, "Same topic as the October retro item.");

        long plans = d.log(maria, payments, "Reading Postgres query plans", GapSource.POST_MORTEM, "INC-2231",
                Urgency.MEDIUM, "lukas", 28, "The settlement report timed out after an index was dropped; nobody on call could read EXPLAIN ANALYZE.",
                List.of("postgresql", "sql tuning"), Set.of(SessionFormat.LUNCH_AND_LEARN, SessionFormat.PAIRING));
        d.vote(plans, "lukas", "zoe");
        participation.offerToTeach(org.actor("aisha"), plans, "Happy to pair on real slow queries.");

        long ledger = gaps.request(org.actor("tomas"), payments, GapDraft.of("How the payment ledger reconciliation works",
                GapSource.ONBOARDING_FRICTION, Urgency.HIGH).describedAs("Took me two weeks to understand the nightly job.")
                .taggedWith(List.of("payments", "ledger"))).id();
        d.vote(ledger, "zoe", "riley");

        long flaky = d.log(maria, payments, "Flaky contract tests in checkout", GapSource.RECURRING_BUG,
                "JIRA PAY-1412", Urgency.MEDIUM, "jonas", 14, "Third time this month the pipeline was red for a day.",
                List.of("testing", "contract tests"), Set.of(SessionFormat.CODE_REVIEW));
        d.vote(flaky, "jonas");

        gaps.log(maria, payments, GapDraft.of("Giving feedback as a first-time lead", GapSource.ONE_ON_ONE, Urgency.LOW)
                .describedAs("Raised in a 1:1; keep it between managers and Lukáš.").keptConfidential(true)
                .reported(org.person("lukas"), org.today().minusDays(10)));

        gaps.propose(org.actor("jonas"), payments, GapDraft.of("Tracing with OpenTelemetry", GapSource.NEW_TECHNOLOGY,
                Urgency.MEDIUM).taggedWith(List.of("observability", "opentelemetry"))
                .inFormats(Set.of(SessionFormat.LUNCH_AND_LEARN)), "I set it up for the fraud service.");

        long terraform = d.log(maria, payments, "Terraform module structure", GapSource.OTHER, null, Urgency.LOW,
                "riley", 60, null, List.of("terraform"), Set.of());
        lifecycle.close(maria, terraform, "Covered by the platform guild session; slides are in the wiki.");
        long grpc = d.log(maria, payments, "gRPC deadlines and retries", GapSource.RETROSPECTIVE, null, Urgency.LOW,
                "lukas", 40, null, List.of("grpc"), Set.of());
        lifecycle.decline(maria, grpc, "Only the Go gateway uses gRPC; Lukáš pairs with whoever touches it instead.");

        long mobile = org.team("mobile");
        Actor daniel = org.actor("daniel");
        long swiftui = d.log(daniel, mobile, "SwiftUI performance profiling", GapSource.NEW_TECHNOLOGY, null,
                Urgency.MEDIUM, "emily", 21, "Scrolling jank on the order history screen.", List.of("swiftui", "performance"),
                Set.of(SessionFormat.DEEP_DIVE));
        d.vote(swiftui, "emily", "carlos");
        participation.offerToTeach(org.actor("priya"), swiftui, "Instruments walkthrough with our own traces.");
        long release = d.log(daniel, mobile, "Release train and app store review", GapSource.ONBOARDING_FRICTION, null,
                Urgency.HIGH, "carlos", 9, "New people do not know when to merge or how review rejections are handled.",
                List.of("release process"), Set.of(SessionFormat.LUNCH_AND_LEARN));
        d.vote(release, "carlos", "hannah");
        long crashes = d.log(daniel, mobile, "Crash triage in Android vitals", GapSource.POST_MORTEM, "INC-88 crash spike",
                Urgency.HIGH, "sam", 70, null, List.of("android", "crash triage"), Set.of());
        lifecycle.close(daniel, crashes, "Sam's deep dive covered it and the on-call runbook now has a triage section.");
        long experiments = d.log(daniel, mobile, "Designing A/B experiments that answer something",
                GapSource.RETROSPECTIVE, "Retro " + org.today().minusWeeks(2), Urgency.LOW, "hannah", 14, null,
                List.of("experimentation"), Set.of(SessionFormat.LUNCH_AND_LEARN));
        participation.offerToTeach(org.actor("hannah"), experiments, null);
    }

    /** Short-hand for the chapter's many gaps: logged by a manager on someone's behalf, some days ago. */
    private final class Seeder {
        private final DemoOrganisation org;

        Seeder(DemoOrganisation org) {
            this.org = org;
        }

        long log(Actor manager, long team, String title, GapSource source, String reference, Urgency urgency,
                 String reporterKey, int daysAgo, String description, List<String> tags, Set<SessionFormat> formats) {
            var draft = GapDraft.of(title, source, urgency).withSource(source, reference).describedAs(description)
                    .taggedWith(tags).inFormats(formats)
                    .reported(org.person(reporterKey), org.today().minusDays(daysAgo));
            return gaps.log(manager, team, draft).id();
        }

        void vote(long gapId, String... voterKeys) {
            for (String key : voterKeys) {
                participation.vote(org.actor(key), gapId);
            }
        }
    }
}
