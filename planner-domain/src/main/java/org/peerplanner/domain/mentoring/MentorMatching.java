package org.peerplanner.domain.mentoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Ranks mentors for one mentee: how well their confident skills cover what the mentee wants to learn and the open
 * gaps the mentee raised or voted for, whether they are a peer or a bit ahead (not far above), how many working
 * hours the two share, and how much room the mentor has. Paused, full and silent mentors are left out, and so are
 * mentors gone quiet: neither an answer to a request nor a sign-in for {@link #QUIET_AFTER}. Every suggestion says
 * why. Plain Java: no Spring, no database.
 * <p>
 * Only the few mentors shown get their reasons written: the rest are scored as numbers and kept out of a small
 * heap, so the work per mentor is a few comparisons and the time grows with the number of mentors, not faster.
 */
public final class MentorMatching {

    /** Peer or a bit above: more than this many levels ahead feels like a master and an apprentice. */
    static final int COMFORTABLE_GAP = 2;
    /** The rule: no answer to any request and no sign-in for this long, and a mentor is taken as gone. */
    public static final Duration QUIET_AFTER = Duration.ofDays(30);
    private static final LocalTime WORK_START = LocalTime.of(9, 0);
    private static final LocalTime WORK_END = LocalTime.of(17, 0);
    private static final int EXCLUDED = Integer.MIN_VALUE;

    private MentorMatching() {
    }

    /**
     * What the mentee wants: skills or gap titles (as words), their own level per skill key, their zone, and the
     * open gaps they raised or voted for.
     */
    public record Mentee(long personId, List<String> wanted, Map<String, Integer> ownLevels, ZoneId zone,
                         List<MenteeGap> gaps) {

        public Mentee {
            wanted = wanted.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
            gaps = List.copyOf(gaps);
        }

        public Mentee(long personId, List<String> wanted, Map<String, Integer> ownLevels, ZoneId zone) {
            this(personId, wanted, ownLevels, zone, List.of());
        }
    }

    /** An open gap the mentee raised or voted for, by its title and tags. */
    public record MenteeGap(String title, List<String> tags) {

        public MenteeGap {
            tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        }

        boolean coveredBy(ConfidentSkill skill) {
            String key = skill.key();
            for (String tag : tags) {
                if (mentions(tag, key) || mentions(key, tag)) {
                    return true;
                }
            }
            return mentions(title.toLowerCase(Locale.ROOT), key);
        }
    }

    /**
     * A mentor as matching sees them; confident skills by lower-case key with name and level.
     *
     * @param lastSeen the latest of their last sign-in, their last answer to a request and their joining; null when
     *                 unknown (never counted as gone)
     */
    public record Mentor(long personId, String name, ZoneId zone, List<ConfidentSkill> confident, int capacity,
                         int taken, boolean paused, boolean silent, Instant lastSeen) {

        public Mentor(long personId, String name, ZoneId zone, List<ConfidentSkill> confident, int capacity,
                      int taken, boolean paused, boolean silent) {
            this(personId, name, zone, confident, capacity, taken, paused, silent, null);
        }

        int placesLeft() {
            return Math.max(capacity - taken, 0);
        }

        boolean goneQuiet(Instant now) {
            return lastSeen != null && lastSeen.isBefore(now.minus(QUIET_AFTER));
        }
    }

    public record ConfidentSkill(String name, int level) {

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    public record Suggestion(long mentorId, String name, int score, List<String> reasons) {
    }

    /** On a given day (noon UTC): for tests and benchmarks that do not care about who has gone quiet. */
    public static List<Suggestion> suggest(Mentee mentee, List<Mentor> mentors, LocalDate on, int limit) {
        return suggest(mentee, mentors, Clock.fixed(on.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC), limit);
    }

    /** The best {@code limit} mentors, best first; the clock says which day it is and who has gone quiet. */
    public static List<Suggestion> suggest(Mentee mentee, List<Mentor> mentors, Clock clock, int limit) {
        Instant now = clock.instant();
        LocalDate on = LocalDate.now(clock);
        Map<ZoneId, Long> overlapByZone = new HashMap<>();
        Comparator<Scored> best = Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.mentor().name());
        PriorityQueue<Scored> kept = new PriorityQueue<>(limit + 1, best.reversed()); // the weakest kept on top
        for (Mentor mentor : mentors) {
            if (mentor.personId() == mentee.personId() || mentor.paused() || mentor.silent()
                    || mentor.placesLeft() == 0 || mentor.goneQuiet(now)) {
                continue;
            }
            long overlap = overlapByZone.computeIfAbsent(mentor.zone(), z -> overlapHours(mentee.zone(), z, on));
            int score = score(mentee, mentor, overlap, null);
            if (score == EXCLUDED) {
                continue;
            }
            kept.add(new Scored(mentor, score, overlap));
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        return kept.stream().sorted(best).map(s -> {
            List<String> reasons = new ArrayList<>();
            score(mentee, s.mentor(), s.overlap(), reasons);
            return new Suggestion(s.mentor().personId(), s.mentor().name(), s.score(), List.copyOf(reasons));
        }).toList();
    }

    private record Scored(Mentor mentor, int score, long overlap) {
    }

    /** The mentor's score, or {@link #EXCLUDED}; the reasons are written only when a list is given. */
    private static int score(Mentee mentee, Mentor mentor, long overlap, List<String> reasons) {
        int score = 0;
        int covered = 0;
        for (String want : mentee.wanted()) {
            ConfidentSkill skill = null;
            for (ConfidentSkill s : mentor.confident()) {
                String key = s.key();
                if ((mentions(want, key) || mentions(key, want)) && (skill == null || s.level() > skill.level())) {
                    skill = s;
                }
            }
            if (skill == null) {
                continue;
            }
            int ahead = skill.level() - mentee.ownLevels().getOrDefault(skill.key(), 1);
            if (ahead < 0) {
                continue;
            }
            covered++;
            score += 10 + (ahead <= COMFORTABLE_GAP ? 4 : 4 - 2 * (ahead - COMFORTABLE_GAP));
            if (reasons != null) {
                reasons.add("confident in " + skill.name() + " (" + skill.level() + ")"
                        + (ahead == 0 ? ", a peer" : ahead <= COMFORTABLE_GAP ? "" : ", well ahead of you"));
            }
        }
        for (MenteeGap gap : mentee.gaps()) {
            for (ConfidentSkill s : mentor.confident()) {
                if (s.level() >= mentee.ownLevels().getOrDefault(s.key(), 1) && gap.coveredBy(s)) {
                    covered++;
                    score += 8;
                    if (reasons != null) {
                        reasons.add("covers your gap '" + gap.title() + "'");
                    }
                    break;
                }
            }
        }
        if ((!mentee.wanted().isEmpty() || !mentee.gaps().isEmpty()) && covered == 0) {
            return EXCLUDED;
        }
        score += (int) overlap;
        score += 2 * mentor.placesLeft();
        if (reasons != null) {
            reasons.add(overlap == 0 ? "no shared working hours" : overlap + " h working-time overlap");
            reasons.add(mentor.placesLeft() + " of " + mentor.capacity() + " places free");
        }
        return score;
    }

    /**
     * Whether {@code text} names {@code word} as a whole word (or words): "kafka consumer lag" names "kafka", but
     * "javascript" does not name "java", nor "skill 31" "skill 3".
     */
    static boolean mentions(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whole hours both spend between 9:00 and 17:00 in their own zones on the given day. */
    static long overlapHours(ZoneId a, ZoneId b, LocalDate on) {
        ZonedDateTime aStart = on.atTime(WORK_START).atZone(a);
        ZonedDateTime aEnd = on.atTime(WORK_END).atZone(a);
        ZonedDateTime bStart = on.atTime(WORK_START).atZone(b);
        ZonedDateTime bEnd = on.atTime(WORK_END).atZone(b);
        var start = aStart.toInstant().isAfter(bStart.toInstant()) ? aStart.toInstant() : bStart.toInstant();
        var end = aEnd.toInstant().isBefore(bEnd.toInstant()) ? aEnd.toInstant() : bEnd.toInstant();
        return end.isAfter(start) ? Duration.between(start, end).toHours() : 0;
    }
}
