package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs people for a pairing day (or a single 2–3 person pairing session): pinned pairs first, then
 * those who paired least recently (never-paired first); absent people left out; one trio when the
 * count is odd; a do-not-pair couple is never put together — if that is impossible the plan says so.
 * Deterministic and thread-safe.
 *
 * <p>The free people are paired greedily, least recent pair first (ties by the lower ids). If that
 * leaves someone out because of do-not-pair rules, a bounded exhaustive search looks for any
 * arrangement that places everybody, trying the least recent partners first. The odd one out joins
 * the pair they paired with least recently, as a trio.
 */
public final class PairingRotation {

    /** Enough for any team; the search gives up (and says so) rather than hang on absurd input. */
    private static final int SEARCH_STEPS = 200_000;

    public PairingPlan pair(PairingRequest request) {
        return new Pairing(request).run();
    }

    private static final class Pairing {
        final PairingRequest request;
        final Map<PersonPair, LocalDate> lastPaired = new HashMap<>();
        final Map<Long, String> names = new HashMap<>();
        final List<Long> present = new ArrayList<>();
        final List<Long> absent = new ArrayList<>();
        final List<PairGroup> groups = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int steps;

        Pairing(PairingRequest request) {
            this.request = request;
            for (PairHistory entry : request.history()) {
                lastPaired.merge(entry.pair(), entry.lastPaired(), (a, b) -> a.isAfter(b) ? a : b);
            }
            Set<Long> seen = new LinkedHashSet<>();
            request.people().stream().sorted(Comparator.comparingLong(PairingPerson::personId)).forEach(person -> {
                if (seen.add(person.personId())) {
                    names.put(person.personId(), person.name());
                    (person.outOfOffice() ? absent : present).add(person.personId());
                }
            });
        }

        PairingPlan run() {
            Set<Long> free = new LinkedHashSet<>(present);
            placePinned(free);
            List<Long> unpaired = new ArrayList<>();
            List<Long> people = new ArrayList<>(free);
            if (people.size() == 1) {
                unpaired.add(people.get(0));
                problems.add(name(people.get(0)) + " has nobody to pair with");
            } else if (!people.isEmpty()) {
                List<List<Long>> arrangement = greedy(people);
                if (arrangement == null) {
                    arrangement = search(people, new ArrayList<>());
                }
                if (arrangement == null) {
                    arrangement = bestEffort(people, unpaired);
                }
                for (List<Long> group : arrangement) {
                    groups.add(new PairGroup(group, reasons(group)));
                }
            }
            return new PairingPlan(groups, absent, unpaired, problems);
        }

        private void placePinned(Set<Long> free) {
            for (PersonPair pinned : request.pinned()) {
                if (request.doNotPair().contains(pinned)) {
                    problems.add(name(pinned.first()) + " and " + name(pinned.second())
                            + " are pinned together but must not pair; the pin was ignored");
                } else if (free.contains(pinned.first()) && free.contains(pinned.second())) {
                    free.remove(pinned.first());
                    free.remove(pinned.second());
                    groups.add(new PairGroup(List.of(pinned.first(), pinned.second()), List.of("pinned pair")));
                }
            }
        }

        /** Least recent pairs first; the odd one out joins a pair as a trio. {@code null} if someone is left. */
        private List<List<Long>> greedy(List<Long> people) {
            List<PersonPair> pairs = allowedPairs(people);
            Set<Long> placed = new LinkedHashSet<>();
            List<List<Long>> arrangement = new ArrayList<>();
            for (PersonPair pair : pairs) {
                if (!placed.contains(pair.first()) && !placed.contains(pair.second())) {
                    placed.add(pair.first());
                    placed.add(pair.second());
                    arrangement.add(new ArrayList<>(List.of(pair.first(), pair.second())));
                }
            }
            List<Long> left = people.stream().filter(p -> !placed.contains(p)).toList();
            if (left.isEmpty()) {
                return arrangement;
            }
            if (left.size() == 1 && addToTrio(arrangement, left.get(0))) {
                return arrangement;
            }
            return null;
        }

        private boolean addToTrio(List<List<Long>> arrangement, long person) {
            List<Long> best = null;
            for (List<Long> group : arrangement) {
                if (allowed(person, group.get(0)) && allowed(person, group.get(1))
                        && (best == null || TRIO_ORDER.compare(trioKey(person, group), trioKey(person, best)) < 0)) {
                    best = group;
                }
            }
            if (best != null) {
                best.add(person);
            }
            return best != null;
        }

        private static final Comparator<long[]> TRIO_ORDER = (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                int c = Long.compare(a[i], b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };

        /** Most recent pairing of the newcomer with either member (never = lowest), then ids. */
        private long[] trioKey(long person, List<Long> group) {
            return new long[] {Math.max(day(person, group.get(0)), day(person, group.get(1))), group.get(0), group.get(1)};
        }

        /**
         * Any arrangement that places everybody, least recent partners first; {@code null} if none. While
         * the number left is odd, the first person may also form the one trio.
         */
        private List<List<Long>> search(List<Long> remaining, List<List<Long>> sofar) {
            if (remaining.isEmpty()) {
                return new ArrayList<>(sofar);
            }
            if (++steps > SEARCH_STEPS || remaining.size() == 1) {
                return null;
            }
            long first = remaining.get(0);
            List<Long> partners = remaining.subList(1, remaining.size()).stream()
                    .filter(p -> allowed(first, p))
                    .sorted(Comparator.comparingLong((Long p) -> day(first, p)).thenComparingLong(p -> p))
                    .toList();
            for (long partner : partners) {
                List<Long> rest = new ArrayList<>(remaining);
                rest.remove(Long.valueOf(first));
                rest.remove(Long.valueOf(partner));
                if (remaining.size() % 2 == 1) {
                    for (long third : rest) {
                        if (allowed(first, third) && allowed(partner, third)) {
                            List<Long> afterTrio = new ArrayList<>(rest);
                            afterTrio.remove(Long.valueOf(third));
                            List<List<Long>> found = attempt(afterTrio, sofar, List.of(first, partner, third));
                            if (found != null) {
                                return found;
                            }
                        }
                    }
                }
                List<List<Long>> found = attempt(rest, sofar, List.of(first, partner));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private List<List<Long>> attempt(List<Long> rest, List<List<Long>> sofar, List<Long> group) {
            sofar.add(group);
            List<List<Long>> found = search(rest, sofar);
            sofar.remove(sofar.size() - 1);
            return found;
        }

        /** Nobody can be placed without breaking a rule: keep the greedy pairs, leave the rest out. */
        private List<List<Long>> bestEffort(List<Long> people, List<Long> unpaired) {
            List<List<Long>> arrangement = new ArrayList<>();
            Set<Long> placed = new LinkedHashSet<>();
            for (PersonPair pair : allowedPairs(people)) {
                if (!placed.contains(pair.first()) && !placed.contains(pair.second())) {
                    placed.add(pair.first());
                    placed.add(pair.second());
                    arrangement.add(new ArrayList<>(List.of(pair.first(), pair.second())));
                }
            }
            for (long person : people) {
                if (!placed.contains(person) && !addToTrio(arrangement, person)) {
                    unpaired.add(person);
                    problems.add(name(person) + " could not be paired without putting a do-not-pair couple together");
                }
            }
            return arrangement;
        }

        private List<PersonPair> allowedPairs(List<Long> people) {
            List<PersonPair> pairs = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    if (allowed(people.get(i), people.get(j))) {
                        pairs.add(PersonPair.of(people.get(i), people.get(j)));
                    }
                }
            }
            pairs.sort(Comparator.comparingLong((PersonPair p) -> day(p.first(), p.second()))
                    .thenComparingLong(PersonPair::first).thenComparingLong(PersonPair::second));
            return pairs;
        }

        private boolean allowed(long a, long b) {
            return !request.doNotPair().contains(PersonPair.of(a, b));
        }

        /** Epoch day of the last pairing, {@code Long.MIN_VALUE} for never: lower = pair sooner. */
        private long day(long a, long b) {
            LocalDate last = lastPaired.get(PersonPair.of(a, b));
            return last == null ? Long.MIN_VALUE : last.toEpochDay();
        }

        private List<String> reasons(List<Long> group) {
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    LocalDate last = lastPaired.get(PersonPair.of(group.get(i), group.get(j)));
                    String who = name(group.get(i)) + " and " + name(group.get(j));
                    reasons.add(last == null ? who + " never paired" : who + " last paired on " + last);
                }
            }
            if (group.size() == 3) {
                reasons.add("odd number of people: one trio");
            }
            return reasons;
        }

        private String name(long personId) {
            String name = names.get(personId);
            return name == null ? "#" + personId : name;
        }
    }
}
