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

    }

    /** A person chosen, and why, in words the asker and the helper understand. */
    public record Choice(long personId, String reason) {
    }

    /**
     * The next {@code count} people to ask, best first. One pass over the candidates keeping the best few (no sort
     * of everyone): routing in an organisation of thousands stays a matter of microseconds per person.
     */
    public static List<Choice> next(Collection<Candidate> candidates, Collection<String> tagKeys, long askerId,
                                    Set<Long> alreadyAsked, int count) {
        if (count <= 0) {
            return List.of();
        }
        var best = new ArrayList<Ranked>(count + 1);
        for (Candidate c : candidates) {
            if (c.personId() == askerId || c.outOfOffice() || alreadyAsked.contains(c.personId())) {
                continue;
            }
            int level = 0;
            boolean qualifies = false;
            for (String tag : tagKeys) {
                int l = c.skills().getOrDefault(tag, 0);
                level = Math.max(level, l);
                qualifies |= l >= MIN_PROFICIENCY || c.offersToTeach().contains(tag);
            }
            if (!qualifies) {
                continue;
            }
            var ranked = new Ranked(c, level);
            if (best.size() == count && ORDER.compare(ranked, best.getLast()) >= 0) {
                continue;
            }
            int at = 0;
            while (at < best.size() && ORDER.compare(best.get(at), ranked) <= 0) {
                at++;
            }
            best.add(at, ranked);
            if (best.size() > count) {
                best.removeLast();
            }
        }
        return best.stream().map(r -> new Choice(r.candidate().personId(), reason(r.candidate(), tagKeys))).toList();
    }

    /** A qualified candidate with their best level among the request's tags. */
    private record Ranked(Candidate candidate, int level) {
    }

    /** Fewest answered lately first, then the highest level, then the lowest id. */
    private static final Comparator<Ranked> ORDER = Comparator
            .comparingInt((Ranked r) -> r.candidate().answeredLast30Days())
            .thenComparing(Comparator.comparingInt(Ranked::level).reversed())
            .thenComparingLong(r -> r.candidate().personId());

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
