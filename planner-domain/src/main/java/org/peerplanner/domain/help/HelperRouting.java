package org.peerplanner.domain.help;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is asked to help, in plain Java over plain inputs (no Spring, no database), so the rule can be read and tested
 * on its own. Someone qualifies with proficiency {@value #MIN_PROFICIENCY} or more in one of the request's tags, or an
 * offer to teach one of them; the asker, people out of office and people asked before for this request never do.
 * The order spreads the load: fewest help requests answered in the last 30 days first (so the usual experts do not
 * drown in pings), then the highest proficiency, then the lowest person id, so that the same inputs always give the
 * same choice.
 */
public final class HelperRouting {

    public static final int MIN_PROFICIENCY = 3;
    public static final int PER_ROUND = 3;

    private HelperRouting() {
    }

    /**
     * One person who could be asked.
     *
     * @param skills             proficiency by tag key (lower case), only of the request's tags
     * @param offersToTeach      tag keys they offered to teach
     * @param answeredLast30Days help requests they answered in the last 30 days
     */
    public record Candidate(long personId, String name, Map<String, Integer> skills, Set<String> offersToTeach,
                            boolean outOfOffice, int answeredLast30Days) {

        int bestLevel() {
            return skills.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** A person chosen, and why, in words the asker and the helper understand. */
    public record Choice(long personId, String reason) {
    }

    /** The next {@code count} people to ask, best first. */
    public static List<Choice> next(Collection<Candidate> candidates, Collection<String> tagKeys, long askerId,
                                    Set<Long> alreadyAsked, int count) {
        var qualified = new ArrayList<Candidate>();
        for (Candidate c : candidates) {
            if (c.personId() != askerId && !c.outOfOffice() && !alreadyAsked.contains(c.personId())
                    && qualifies(c, tagKeys)) {
                qualified.add(c);
            }
        }
        qualified.sort(Comparator.comparingInt(Candidate::answeredLast30Days)
                .thenComparing(Comparator.comparingInt(Candidate::bestLevel).reversed())
                .thenComparingLong(Candidate::personId));
        return qualified.stream().limit(Math.max(0, count)).map(c -> new Choice(c.personId(), reason(c, tagKeys)))
                .toList();
    }

    private static boolean qualifies(Candidate c, Collection<String> tagKeys) {
        for (String tag : tagKeys) {
            if (c.skills().getOrDefault(tag, 0) >= MIN_PROFICIENCY || c.offersToTeach().contains(tag)) {
                return true;
            }
        }
        return false;
    }

    static String reason(Candidate c, Collection<String> tagKeys) {
        var why = new ArrayList<String>();
        for (String tag : tagKeys) {
            int level = c.skills().getOrDefault(tag, 0);
            if (level >= MIN_PROFICIENCY) {
                why.add(tag + " at level " + level + " of 5");
            } else if (c.offersToTeach().contains(tag)) {
                why.add("offered to teach " + tag);
            }
        }
        int answered = c.answeredLast30Days();
        return String.join(", ", why) + "; answered " + (answered == 0 ? "no" : String.valueOf(answered))
                + " help request" + (answered == 1 ? "" : "s") + " in the last 30 days";
    }
}
