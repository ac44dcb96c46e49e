package org.peerplanner.domain.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The milestones a person's ledger earns: plain rules over the entries, oldest first, no Spring. Each is earned once,
 * by the entry that first meets it, so it keeps its date when more entries come. They reward breadth (different
 * topics, different people), never volume.
 * <ul>
 *   <li>first session co-led / led: the first such entry;</li>
 *   <li>led three different topics: the led session that brings the third distinct topic (a topic is the first gap a
 *       session addressed, else its title);</li>
 *   <li>helped five different people: the entry that brings the fifth distinct person helped (attendees of sessions
 *       led or co-led, pairing partners, mentees);</li>
 *   <li>first article others linked to: the first time someone else closed a gap with an article of theirs, naming it
 *       as the evidence (the knowledge base's one link from other people's work to an article);</li>
 *   <li>first mentee: the first mentee taken on; mentorship completed: the first that reached its goal.</li>
 * </ul>
 */
public final class Milestones {

    private Milestones() {
    }

    /** @param entries one person's ledger, in any order */
    public static List<Milestone> earned(List<ContributionEntry> entries) {
        var sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ContributionEntry::on).thenComparing(ContributionEntry::id));
        Map<MilestoneKind, Milestone> earned = new EnumMap<>(MilestoneKind.class);
        Set<String> topics = new HashSet<>();
        Set<Long> helped = new HashSet<>();
        for (ContributionEntry e : sorted) {
            String code = e.kind().code();
            if (code.equals(ContributionKinds.SESSION_CO_LED.code())) {
                earn(earned, MilestoneKind.FIRST_CO_LED, e, "Co-led “" + e.source().title() + "”");
            }
            if (code.equals(ContributionKinds.SESSION_LED.code())) {
                earn(earned, MilestoneKind.FIRST_LED, e, "Led “" + e.source().title() + "”");
                if (e.topic() != null && topics.add(e.topic()) && topics.size() == 3) {
                    earn(earned, MilestoneKind.THREE_TOPICS, e, "Led “" + e.source().title() + "”, a third topic");
                }
            }
            if (code.equals(ContributionKinds.ARTICLE_CITED.code())) {
                earn(earned, MilestoneKind.FIRST_ARTICLE_LINKED, e, "Your article “" + e.topic()
                        + "” closed the gap “" + e.source().title() + "”");
            }
            if (code.equals(ContributionKinds.MENTEE_TAKEN.code())) {
                earn(earned, MilestoneKind.FIRST_MENTEE, e, "Took on a mentee in " + e.topic());
            }
            if (code.equals(ContributionKinds.MENTORSHIP_COMPLETED.code())) {
                earn(earned, MilestoneKind.MENTORSHIP_COMPLETED, e, "“" + e.source().title() + "” reached its goal");
            }
            int before = helped.size();
            helped.addAll(e.helped());
            if (before < 5 && helped.size() >= 5) {
                earn(earned, MilestoneKind.FIVE_PEOPLE_HELPED, e, "Helped a fifth person through “"
                        + e.source().title() + "”");
            }
        }
        return List.copyOf(earned.values());
    }

    private static void earn(Map<MilestoneKind, Milestone> earned, MilestoneKind kind, ContributionEntry e, String because) {
        earned.putIfAbsent(kind, new Milestone(kind, e.on(), because, e.source()));
    }
}
