package org.peerplanner.domain.mentoring;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks mentors for one mentee: how well their confident skills cover what the mentee wants to learn, whether they
 * are a peer or a bit ahead (not far above), how many working hours the two share, and how much room the mentor
 * has. Paused, full and silent mentors are left out. Every suggestion says why. Plain Java: no Spring, no database.
 */
public final class MentorMatching {

    /** Peer or a bit above: more than this many levels ahead feels like a master and an apprentice. */
    static final int COMFORTABLE_GAP = 2;
    private static final LocalTime WORK_START = LocalTime.of(9, 0);
    private static final LocalTime WORK_END = LocalTime.of(17, 0);

    private MentorMatching() {
    }

    /** What the mentee wants: skills or gap titles (as words), their own level per skill key, their zone. */
    public record Mentee(long personId, List<String> wanted, Map<String, Integer> ownLevels, ZoneId zone) {
    }

    /** A mentor as matching sees them; confident skills by lower-case key with name and level. */
    public record Mentor(long personId, String name, ZoneId zone, List<ConfidentSkill> confident, int capacity,
                         int taken, boolean paused, boolean silent) {

        int placesLeft() {
            return Math.max(capacity - taken, 0);
        }
    }

    public record ConfidentSkill(String name, int level) {

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    public record Suggestion(long mentorId, String name, int score, List<String> reasons) {
    }

    public static List<Suggestion> suggest(Mentee mentee, List<Mentor> mentors, LocalDate on, int limit) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Mentor mentor : mentors) {
            if (mentor.personId() == mentee.personId() || mentor.paused() || mentor.silent() || mentor.placesLeft() == 0) {
                continue;
            }
            score(mentee, mentor, on).ifPresent(suggestions::add);
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::name));
        return suggestions.size() > limit ? List.copyOf(suggestions.subList(0, limit)) : List.copyOf(suggestions);
    }

    private static java.util.Optional<Suggestion> score(Mentee mentee, Mentor mentor, LocalDate on) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        int covered = 0;
        for (String wanted : mentee.wanted()) {
            String want = wanted.strip().toLowerCase(Locale.ROOT);
            var best = mentor.confident().stream()
                    .filter(s -> want.contains(s.key()) || s.key().contains(want))
                    .max(Comparator.comparingInt(ConfidentSkill::level));
            if (best.isEmpty()) {
                continue;
            }
            var skill = best.get();
            int own = mentee.ownLevels().getOrDefault(skill.key(), 1);
            int ahead = skill.level() - own;
            if (ahead < 0) {
                continue;
            }
            covered++;
            score += 10 + (ahead <= COMFORTABLE_GAP ? 4 : 4 - 2 * (ahead - COMFORTABLE_GAP));
            reasons.add("confident in " + skill.name() + " (" + skill.level() + ")"
                    + (ahead == 0 ? ", a peer" : ahead <= COMFORTABLE_GAP ? "" : ", well ahead of you"));
        }
        if (!mentee.wanted().isEmpty() && covered == 0) {
            return java.util.Optional.empty();
        }
        long overlap = overlapHours(mentee.zone(), mentor.zone(), on);
        score += (int) overlap;
        reasons.add(overlap == 0 ? "no shared working hours" : overlap + " h working-time overlap");
        score += 2 * mentor.placesLeft();
        reasons.add(mentor.placesLeft() + " of " + mentor.capacity() + " places free");
        return java.util.Optional.of(new Suggestion(mentor.personId(), mentor.name(), score, List.copyOf(reasons)));
    }

    /** Whole hours both spend between 9:00 and 17:00 in their own zones on the given day. */
    static long overlapHours(ZoneId a, ZoneId b, LocalDate on) {
        ZonedDateTime aStart = on.atTime(WORK_START).atZone(a);
        ZonedDateTime aEnd = on.atTime(WORK_END).atZone(a);
        ZonedDateTime bStart = on.atTime(WORK_START).atZone(b);
        ZonedDateTime bEnd = on.atTime(WORK_END).atZone(b);
        var start = aStart.toInstant().isAfter(bStart.toInstant()) ? aStart.toInstant() : bStart.toInstant();
        var end = aEnd.toInstant().isBefore(bEnd.toInstant()) ? aEnd.toInstant() : bEnd.toInstant();
        return end.isAfter(start) ? java.time.Duration.between(start, end).toHours() : 0;
    }
}
