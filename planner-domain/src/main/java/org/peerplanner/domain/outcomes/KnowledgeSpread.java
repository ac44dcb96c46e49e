package org.peerplanner.domain.outcomes;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Does knowledge spread beyond a few keepers. Per skill tag: the smallest number of people who together led at least
 * half of its held sessions (1 means a single knowledge keeper); the share of sessions led by the busiest fifth of
 * the members; the share of rotation members who led or co-led; how long newcomers wait for their first turn.
 *
 * <p>Needs the team's whole history of held sessions (a first turn may lie before the period); the period decides
 * which sessions count for the shares and the tags.
 */
public final class KnowledgeSpread {

    public static final String ID = "spread";
    /** A tag with fewer held sessions than this cannot be said to depend on one person yet. */
    static final int KEEPER_MIN_SESSIONS = 2;
    static final int ORDER = 30;

    private KnowledgeSpread() {
    }

    /** From the team's whole history of sessions (first turns worked out from it). */
    public static SectionFigures measure(List<SessionTrace> allHeld, TeamScope scope) {
        return measure(allHeld, firstTurns(allHeld, scope), scope);
    }

    /**
     * @param sessions   at least the period's sessions (others are left out here)
     * @param firstTurns per member id, their first turns over the whole history (see {@link FirstTurns})
     */
    public static SectionFigures measure(List<SessionTrace> sessions, Map<Long, FirstTurns> firstTurns,
                                         TeamScope scope) {
        List<SessionTrace> held = sessions.stream().filter(SessionTrace::held)
                .filter(s -> scope.period().contains(s.day()) && !s.day().isAfter(scope.today())).toList();
        Map<String, Integer> keepers = keepersPerTag(held);
        Map<String, Long> sessionsPerTag = held.stream().flatMap(s -> s.tags().stream().distinct())
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        List<String> singleKeeperTags = singleKeeperTags(keepers, sessionsPerTag);

        List<String> tags = List.copyOf(keepers.keySet());
        var keeperSeries = new MetricSeries("spread-keepers", "People who led half of the sessions, per skill tag",
                "people", MetricSeries.Kind.BARS, tags,
                List.of(new MetricSeries.Line("People", tags.stream().map(t -> (double) keepers.get(t)).toList()),
                        new MetricSeries.Line("Sessions held",
                                tags.stream().map(t -> (double) sessionsPerTag.get(t)).toList())),
                keeperReading(tags, singleKeeperTags));

        long led = held.stream().filter(s -> s.facilitatorId() != null).count();
        long busiest = ledByBusiestFifth(held, scope.members().size());
        List<TeamMember> rotation = scope.members().stream().filter(TeamMember::inRotation).toList();
        long turnTakers = rotation.stream().filter(m -> held.stream().anyMatch(s -> s.ledOrCoLedBy(m.personId())))
                .count();
        List<Long> toFirstCoLed = daysToFirst(firstTurns, scope, FirstTurns::firstCoLed);
        List<Long> toFirstLed = daysToFirst(firstTurns, scope, FirstTurns::firstLed);

        List<Fact> facts = List.of(
                new Fact("Led by the busiest fifth of the members", Readings.share(busiest, led)),
                new Fact("Rotation members who led or co-led", Readings.share(turnTakers, rotation.size())),
                new Fact("Median days from joining to first co-led session", days(toFirstCoLed)),
                new Fact("Median days from joining to first led session", days(toFirstLed)),
                new Fact("Skill tags with a single knowledge keeper",
                        singleKeeperTags.isEmpty() ? "none" : String.join(", ", singleKeeperTags)));
        return new SectionFigures(ID, "Spread of knowledge", ORDER, facts, List.of(keeperSeries),
                flags(singleKeeperTags),
                scope.personalFigures() ? personal(firstTurns, held, scope, keepers, sessionsPerTag) : Map.of(), null);
    }

    /** A held session's part in a skill tag: on a day, led by someone (or nobody), how many sessions. */
    public record TagLeads(LocalDate day, Long facilitatorId, String tag, long sessions) {
    }

    /**
     * What the organisation overview shows: the flag alone, from the held sessions counted per day, lead and tag
     * (each session once per tag), as {@link #measure} decides it.
     */
    public static OverviewFigures overview(List<TagLeads> leads, TeamScope scope) {
        Map<String, Map<Long, Integer>> leadsPerTag = new TreeMap<>();
        Map<String, Long> sessionsPerTag = new TreeMap<>();
        for (TagLeads l : leads) {
            if (scope.period().contains(l.day()) && !l.day().isAfter(scope.today())) {
                sessionsPerTag.merge(l.tag(), l.sessions(), Long::sum);
                if (l.facilitatorId() != null) {
                    leadsPerTag.computeIfAbsent(l.tag(), t -> new HashMap<>())
                            .merge(l.facilitatorId(), (int) l.sessions(), Integer::sum);
                }
            }
        }
        Map<String, Integer> keepers = keepers(leadsPerTag, tag -> sessionsPerTag.get(tag).intValue());
        return new OverviewFigures(ORDER, flags(singleKeeperTags(keepers, sessionsPerTag)), null);
    }

    private static Set<TeamFlag> flags(List<String> singleKeeperTags) {
        return singleKeeperTags.isEmpty() ? EnumSet.noneOf(TeamFlag.class) : EnumSet.of(TeamFlag.SINGLE_KNOWLEDGE_KEEPER);
    }

    private static List<String> singleKeeperTags(Map<String, Integer> keepers, Map<String, Long> sessionsPerTag) {
        return keepers.entrySet().stream()
                .filter(e -> e.getValue() == 1 && sessionsPerTag.get(e.getKey()) >= KEEPER_MIN_SESSIONS)
                .map(Map.Entry::getKey).toList();
    }

    /** Per tag, the smallest k such that the k people who led most of its sessions led at least half of them. */
    static Map<String, Integer> keepersPerTag(List<SessionTrace> held) {
        Map<String, Map<Long, Integer>> leadsPerTag = new TreeMap<>();
        Map<String, Integer> sessionsPerTag = new HashMap<>();
        for (SessionTrace s : held) {
            for (String tag : s.tags().stream().distinct().toList()) {
                sessionsPerTag.merge(tag, 1, Integer::sum);
                if (s.facilitatorId() != null) {
                    leadsPerTag.computeIfAbsent(tag, t -> new HashMap<>()).merge(s.facilitatorId(), 1, Integer::sum);
                }
            }
        }
        return keepers(leadsPerTag, sessionsPerTag::get);
    }

    private static Map<String, Integer> keepers(Map<String, Map<Long, Integer>> leadsPerTag,
                                                java.util.function.ToIntFunction<String> sessionsOnTag) {
        Map<String, Integer> keepers = new LinkedHashMap<>();
        leadsPerTag.forEach((tag, leads) -> {
            int half = (sessionsOnTag.applyAsInt(tag) + 1) / 2;
            List<Integer> counts = leads.values().stream().sorted(Comparator.reverseOrder()).toList();
            int sum = 0;
            int k = 0;
            while (sum < half && k < counts.size()) {
                sum += counts.get(k++);
            }
            keepers.put(tag, k);
        });
        return keepers;
    }

    /** Sessions led by the ceil(members / 5) people who led most. */
    static long ledByBusiestFifth(List<SessionTrace> held, int memberCount) {
        int fifth = (int) Math.ceil(memberCount / 5.0);
        return held.stream().map(SessionTrace::facilitatorId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()))
                .values().stream().sorted(Comparator.reverseOrder()).limit(fifth).mapToLong(Long::longValue).sum();
    }

    /** Each member's first held session led and co-led on or after joining. */
    static Map<Long, FirstTurns> firstTurns(List<SessionTrace> allHeld, TeamScope scope) {
        Map<Long, FirstTurns> turns = new HashMap<>();
        for (TeamMember member : scope.members()) {
            Long id = member.personId();
            turns.put(member.personId(), new FirstTurns(member.personId(),
                    firstDay(allHeld, member, s -> id.equals(s.facilitatorId())).orElse(null),
                    firstDay(allHeld, member, s -> id.equals(s.coFacilitatorId())).orElse(null)));
        }
        return turns;
    }

    private static List<Long> daysToFirst(Map<Long, FirstTurns> firstTurns, TeamScope scope,
                                          java.util.function.Function<FirstTurns, LocalDate> role) {
        List<Long> days = new ArrayList<>();
        for (TeamMember member : scope.members()) {
            FirstTurns turns = firstTurns.get(member.personId());
            LocalDate first = turns == null ? null : role.apply(turns);
            if (first != null) {
                days.add(DAYS.between(member.joinedOn(), first));
            }
        }
        return days;
    }

    private static Optional<LocalDate> firstDay(List<SessionTrace> allHeld, TeamMember member, Predicate<SessionTrace> role) {
        return allHeld.stream().filter(SessionTrace::held).filter(role)
                .map(SessionTrace::day).filter(d -> !d.isBefore(member.joinedOn())).min(LocalDate::compareTo);
    }

    private static Map<Long, List<Fact>> personal(Map<Long, FirstTurns> firstTurns, List<SessionTrace> held, TeamScope scope,
                                                  Map<String, Integer> keepers, Map<String, Long> sessionsPerTag) {
        Map<Long, List<Fact>> personal = new HashMap<>();
        for (TeamMember member : scope.members()) {
            long id = member.personId();
            long ledCount = held.stream().filter(s -> Long.valueOf(id).equals(s.facilitatorId())).count();
            long coLed = held.stream().filter(s -> Long.valueOf(id).equals(s.coFacilitatorId())).count();
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact("Sessions you led in the period", String.valueOf(ledCount)));
            facts.add(new Fact("Sessions you co-led in the period", String.valueOf(coLed)));
            facts.add(new Fact("Days from joining to your first led session",
                    Optional.ofNullable(firstTurns.get(id)).map(FirstTurns::firstLed)
                            .map(d -> String.valueOf(DAYS.between(member.joinedOn(), d))).orElse("not yet")));
            List<String> onlyYou = keepers.keySet().stream().filter(tag -> keepers.get(tag) == 1
                    && sessionsPerTag.get(tag) >= KEEPER_MIN_SESSIONS && soleKeeper(held, tag, id)).toList();
            if (!onlyYou.isEmpty()) {
                facts.add(new Fact("Skill tags where you led at least half of the sessions alone", String.join(", ", onlyYou)));
            }
            personal.put(id, facts);
        }
        return personal;
    }

    private static boolean soleKeeper(List<SessionTrace> held, String tag, long personId) {
        List<SessionTrace> onTag = held.stream().filter(s -> s.tags().contains(tag)).toList();
        long mine = onTag.stream().filter(s -> Long.valueOf(personId).equals(s.facilitatorId())).count();
        return mine * 2 >= onTag.size();
    }

    private static String days(List<Long> values) {
        Double median = Stats.median(values);
        return median == null ? "no data yet" : Readings.number(median) + " (" + values.size()
                + (values.size() == 1 ? " person)" : " people)");
    }

    private static String keeperReading(List<String> tags, List<String> single) {
        if (tags.isEmpty()) {
            return "No held session in this period covered a tagged gap.";
        }
        if (single.isEmpty()) {
            return "Every skill tag had at least two people leading its sessions.";
        }
        return single.size() == 1 ? "One person led at least half of the sessions on " + single.getFirst() + "."
                : single.size() + " skill tags depend on a single person: " + String.join(", ", single) + ".";
    }
}
