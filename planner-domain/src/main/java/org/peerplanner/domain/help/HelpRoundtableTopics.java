package org.peerplanner.domain.help;

import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.roundtable.RoundtableRules;
import org.peerplanner.domain.roundtable.RoundtableTopicSource;
import org.peerplanner.domain.roundtable.TopicCandidate;
import org.peerplanner.domain.roundtable.TopicOrigin;
import org.springframework.stereotype.Component;

/**
 * Open "specific help" requests whose askers agreed they may be discussed at a peer roundtable, offered to the
 * roundtable planner as topics. Proposing one still asks the asker again, on the session page, before it counts:
 * agreeing in general is not agreeing to this roundtable. Confidential requests never appear.
 */
@Component
class HelpRoundtableTopics implements RoundtableTopicSource {

    static final String ORIGIN = "HELP_REQUEST";

    private final HelpRequests requests;

    HelpRoundtableTopics(HelpRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<TopicCandidate> candidates(Actor viewer, long teamId) {
        return requests.roundtableCandidates(viewer, teamId).stream()
                .map(r -> new TopicCandidate(r.askerId(), r.askerName(), oneLine(r.title()),
                        new TopicOrigin(ORIGIN, r.requestId(), "Help request: " + r.title())))
                .toList();
    }

    private static String oneLine(String title) {
        String line = title.strip().replaceAll("\\s+", " ");
        return line.length() > RoundtableRules.PROBLEM_MAX ? line.substring(0, RoundtableRules.PROBLEM_MAX - 1) + "…"
                : line;
    }
}
