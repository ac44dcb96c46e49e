package org.peerplanner.domain.help;

/** A team's help rules as the rules screen shows them; {@code houseRulesRoute} is the team's house rules page. */
public record HelpRulesView(long teamId, String teamName, long version, HelpRulesForm rules, boolean viewerMayEdit,
                            String houseRulesRoute) {
}
