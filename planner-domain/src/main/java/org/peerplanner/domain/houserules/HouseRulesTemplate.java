package org.peerplanner.domain.houserules;

/**
 * Where a team's house rules start: not rules but the questions a community answers for itself. Managers replace
 * the questions with the team's answers; until then the page shows them as they are.
 */
final class HouseRulesTemplate {

    static final String TEXT = """
            # Our house rules

            *These are questions for the team to answer together. A manager writes down what you agree.*

            ## What level of question is welcome?
            Is any question welcome, however basic? Where do newcomers ask first? What should someone try before asking?

            ## What do helpers and askers owe each other?
            What does an asker bring (context, what they tried)? How soon should a helper answer, and how do they say "not now"?

            ## What stays in the room?
            What shared in sessions stays confidential (incidents, mistakes, people's struggles)? What may be written up in the knowledge base?

            ## What is off-topic?
            What do we not discuss in learning sessions? Where do those conversations go instead?

            ## How do we thank each other?
            How do we say thank you, publicly or privately? Do we want a thank-you wall for the team?
            """;

    private HouseRulesTemplate() {
    }
}
