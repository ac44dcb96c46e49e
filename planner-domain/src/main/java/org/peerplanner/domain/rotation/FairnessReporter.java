package org.peerplanner.domain.rotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the fairness report of a team for a period. Stateless and thread-safe.
 *
 * <p>Only the given members are reported and count towards the means; sessions and pairings of
 * other people are ignored. A session counts once per person even if they appear as both
 * facilitator and co-facilitator (facilitator wins).
 */
public final class FairnessReporter {

    /** More than this share of the mean facilitations is overloaded. */
    public static final double OVERLOAD_SHARE = 1.5;

    public FairnessReport report(FairnessRequest request) {
        Map<Long, int[]> counts = new HashMap<>();
        for (RotationMember member : request.members()) {
            counts.putIfAbsent(member.personId(), new int[3]);
        }
        Set<Long> everLed = new HashSet<>();
        for (PastSession session : request.sessions()) {
            if (session.date().isAfter(request.to())) {
                continue;
            }
            if (session.facilitatorId() != null) {
                everLed.add(session.facilitatorId());
            }
            if (!session.date().isBefore(request.from())) {
                count(counts, session.facilitatorId(), 0);
                for (Long co : session.coFacilitatorIds()) {
                    if (!co.equals(session.facilitatorId())) {
                        count(counts, co, 1);
                    }
                }
            }
        }
        for (PastPairing pairing : request.pairings()) {
            if (!pairing.date().isBefore(request.from()) && !pairing.date().isAfter(request.to())) {
                new HashSet<>(pairing.personIds()).forEach(person -> count(counts, person, 2));
            }
        }
        double[] means = new double[3];
        Set<Long> reported = new HashSet<>();
        List<RotationMember> members = new ArrayList<>();
        for (RotationMember member : request.members()) {
            if (reported.add(member.personId())) {
                members.add(member);
            }
        }
        for (RotationMember member : members) {
            int[] c = counts.get(member.personId());
            for (int i = 0; i < 3; i++) {
                means[i] += c[i];
            }
        }
        for (int i = 0; i < 3; i++) {
            means[i] = members.isEmpty() ? 0 : means[i] / members.size();
        }
        List<FairnessRow> rows = new ArrayList<>();
        for (RotationMember member : members) {
            int[] c = counts.get(member.personId());
            double share = share(c[0], means[0]);
            // Only people who take turns can be "never led": someone outside the rotation is not behind on anything.
            rows.add(new FairnessRow(member.personId(), member.name(), c[0], c[1], c[2], share, share(c[1], means[1]),
                    share(c[2], means[2]), isOverloaded(c[0], means[0]),
                    member.inRotation() && !everLed.contains(member.personId())));
        }
        rows.sort(Comparator.comparing(FairnessRow::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(FairnessRow::name).thenComparingLong(FairnessRow::personId));
        return new FairnessReport(request.from(), request.to(), means[0], means[1], means[2], rows);
    }

    /** Led more than {@link #OVERLOAD_SHARE} times the team mean; the planner uses the same rule. */
    public static boolean isOverloaded(int facilitations, double mean) {
        return share(facilitations, mean) > OVERLOAD_SHARE;
    }

    private static void count(Map<Long, int[]> counts, Long personId, int kind) {
        if (personId != null) {
            int[] c = counts.get(personId);
            if (c != null) {
                c[kind]++;
            }
        }
    }

    private static double share(int count, double mean) {
        return mean == 0 ? 0 : count / mean;
    }
}
