package org.peerplanner.web.demo;

import java.util.List;
import org.peerplanner.domain.houserules.HouseRules;
import org.springframework.stereotype.Component;

/**
 * House rules for both demo teams, Payments Platform's in two revisions (the second adds how we thank each other).
 * Everyone has been shown them except Tomás, the newcomer, who sees them on his first visit to Home.
 */
@Component
@DemoMode
class HouseRulesDemo implements DemoChapter {

    static final String PAYMENTS_FIRST = """
            # How we learn together in Payments Platform

            ## Every question is welcome
            No question is too basic, and "I don't know yet" is a fine answer. Before asking, spend fifteen minutes \
            with the runbook and the knowledge base, then ask in #payments-learning with what you tried.

            ## What helpers and askers owe each other
            - Askers bring context: the ticket, the error, what you expected.
            - Helpers answer within a working day, or say "not this week" so someone else can step in.
            - Nobody is the only keeper of a topic: if you explained it twice, write it up.

            ## What stays in the room
            Incidents, mistakes and personal struggles shared in a session stay in the session. Takeaways go to the \
            knowledge base without names, unless the person agrees.

            ## Off-topic
            Performance reviews, salaries and hiring decisions are not for learning sessions; talk to Maria 1:1.
            """;
    static final String PAYMENTS_THANKS = """

            ## How we thank each other
            Say thanks for something specific, in a sentence: a session, an article, an hour of pairing. Our \
            thank-you wall is on, so the team sees them too. Thanks are never a score.
            """;
    static final String MOBILE = """
            # Mobile Apps guild: house rules

            ## Questions
            Ask early, ask in public (#mobile-guild), and link the PR or the crash report. Beginner questions about \
            Swift, Kotlin or our CI are exactly what the guild is for.

            ## Helpers and askers
            Helpers: point to the answer and explain why. Askers: close the loop and say what worked.

            ## Confidential
            What is said about app-store rejections, outages and customers stays in the guild. Screenshots with \
            customer data never leave the team's channel.

            ## Off-topic
            Framework wars. Pick the tool the team agreed on; propose a change as a knowledge gap.

            ## Thanks
            A short, specific thank-you, to the person directly. We keep our thank-you wall off for now.
            """;

    private final HouseRules rules;

    HouseRulesDemo(HouseRules rules) {
        this.rules = rules;
    }

    @Override
    public int order() {
        return 76;
    }

    @Override
    public void seed(DemoOrganisation org) {
        long payments = org.team("payments");
        long mobile = org.team("mobile");
        if (!rules.page(org.actor("maria"), payments).template()) {
            return;
        }
        rules.revise(org.actor("maria"), payments, 0, PAYMENTS_FIRST);
        rules.revise(org.actor("maria"), payments, 1, PAYMENTS_FIRST + PAYMENTS_THANKS);
        rules.revise(org.actor("daniel"), mobile, 0, MOBILE);
        for (String key : List.of("riley", "jonas", "aisha", "lukas", "zoe")) {
            rules.markSeen(org.actor(key), payments);
        }
        for (String key : List.of("priya", "sam", "emily", "carlos", "hannah", "aisha")) {
            rules.markSeen(org.actor(key), mobile);
        }
    }
}
