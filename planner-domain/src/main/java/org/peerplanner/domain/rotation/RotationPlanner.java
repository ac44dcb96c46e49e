package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peerplanner.domain.gap.OpenGapOffer;
import org.peerplanner.domain.format.SessionFormat;

/**
 * Proposes the next sessions of a team: dates from its cadence, formats from its mix, a fair
 * facilitator and the most pressing open gap that fits, each with human reasons. Stateless and
 * thread-safe; the same request always gives the same plan.
 *
 * <p>Per slot, in this order:
 * <ol>
 *   <li>Candidates: members in the rotation, past the grace period after joining, not out of office on
 *       the slot's date and not having declined the slot.</li>
 *   <li>Topic: a fixed topic (override) or the open gap with the highest priority (then lowest id) not
 *       used earlier in the plan nor fixed for another slot, whose preferred formats fit the slot's format, sharing no skill tag
 *       with the previous session's topic, and that some candidate can carry: a skill matching one of
 *       its tags at the teaching proficiency or more, or an offer to teach it.</li>
 *   <li>Facilitator: candidates ranked by offered to teach the topic, never facilitated, longest since
 *       last facilitation, fewest facilitations in the fairness window before the slot, person id; the
 *       previous and the next known session's facilitator (a swap or a fixed pick) go after the others, and
 *       an overloaded member (the fairness report's rule over the fairness window) goes after everyone
 *       while someone else available has the skill or offered to teach the topic. The first is the proposal; a fixed facilitator
 *       (override) replaces it, and whoever ends up facilitating counts as having led for later slots.</li>
 * </ol>
 * The previous session of the first slot is the last session held before {@code from}.
 */
// Over 400 lines on purpose: one pure algorithm whose ordered rules read best together, each unit-tested.
public final class RotationPlanner {

    private final SlotCalendar calendar = new SlotCalendar();

    public RotationPlan plan(RotationRequest request) {
        List<ScheduledSlot> slots = calendar.nextSlots(request.schedule(), request.from(), request.slotCount());
        TeamState team = new TeamState(request);
        List<PlannedSlot> planned = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            LocalDate nextSlot = i + 1 < slots.size() ? slots.get(i + 1).date() : null;
            planned.add(team.planSlot(slots.get(i), request.formatMix().formatOfPlannedSlot(i), nextSlot));
        }
        return new RotationPlan(planned);
    }

    /** The history of one member, indexed once: sorted facilitation days for binary searches. */
    private static final class MemberState {
        final RotationMember member;
        final int index;
        final Set<String> teachableSkills = new HashSet<>();
        long[] leadDays = new long[8];
        int leadCount;

        MemberState(RotationMember member, int index, int teachingProficiency) {
            this.member = member;
            this.index = index;
            member.skills().forEach(skill -> {
                if (skill.proficiency() >= teachingProficiency) {
                    teachableSkills.add(skill.key());
                }
            });
        }

        void addLead(long epochDay) {
            if (leadCount == leadDays.length) {
                leadDays = Arrays.copyOf(leadDays, leadCount * 2);
            }
            leadDays[leadCount++] = epochDay;
        }

        void sortLeads() {
            Arrays.sort(leadDays, 0, leadCount);
        }

        /** Index of the first lead on or after {@code epochDay}. */
        int leadsBefore(long epochDay) {
            int low = 0;
            int high = leadCount;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (leadDays[mid] < epochDay) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    /**
     * A candidate's sort key for one slot, computed once. {@code overloaded} uses the fairness report's
     * definition over the fairness window; {@code setAside} is an overloaded candidate while someone else
     * available can carry the topic; {@code leadsNext} leads the session right after this slot (a swap or a
     * fixed pick), so proposing them would make them lead twice running.
     */
    private record Ranking(MemberState state, boolean offered, long lastLead, int recentLeads, boolean ledPrevious,
                           boolean overloaded, boolean setAside, boolean leadsNext) {
        static final long NEVER = Long.MIN_VALUE;

        boolean neverLed() {
            return lastLead == NEVER;
        }
    }

    /** The rotation order before "nobody leads twice in a row" is applied. */
    private static final Comparator<Ranking> FAIRNESS_ORDER = Comparator
            .comparing(Ranking::offered, Comparator.reverseOrder())
            .thenComparing(Ranking::neverLed, Comparator.reverseOrder())
            .thenComparingLong(Ranking::lastLead)
            .thenComparingInt(Ranking::recentLeads)
            .thenComparingLong(r -> r.state().member.personId());

    private static final Comparator<Ranking> ROTATION_ORDER = Comparator.comparing(Ranking::setAside)
            .thenComparing(r -> r.ledPrevious() || r.leadsNext())
            .thenComparing(FAIRNESS_ORDER);

    private record GapState(OpenGap gap, Set<String> tagKeys, BitSet carriers, BitSet offerers) {
    }

    /** Everything one plan needs, indexed once, plus what earlier slots of the plan decided. */
    private static final class TeamState {
        final RotationRules rules;
        final List<MemberState> members = new ArrayList<>();
        final Map<Long, MemberState> membersById = new HashMap<>();
        final List<GapState> gapsByPriority = new ArrayList<>();
        final Map<Long, GapState> gapsById = new HashMap<>();
        final Map<LocalDate, Set<Long>> declines = new HashMap<>();
        final Map<LocalDate, SlotOverride> overrides = new HashMap<>();
        final Set<Long> usedGaps = new HashSet<>();
        /** Who leads sessions already known after {@code from}: history on the calendar and fixed picks. */
        final java.util.TreeMap<LocalDate, Long> knownLeads = new java.util.TreeMap<>();
        Long previousFacilitator;
        Set<String> previousTags = Set.of();

        TeamState(RotationRequest request) {
            rules = request.rules();
            List<RotationMember> sortedMembers = new ArrayList<>(request.members());
            sortedMembers.sort(Comparator.comparingLong(RotationMember::personId));
            for (RotationMember member : sortedMembers) {
                MemberState state = new MemberState(member, members.size(), rules.teachingProficiency());
                if (membersById.putIfAbsent(member.personId(), state) == null) {
                    members.add(state);
                }
            }
            indexHistory(request.history(), request.from());
            request.history().stream().filter(h -> !h.date().isBefore(request.from()))
                    .forEach(h -> knownLeads.put(h.date(), h.facilitatorId()));
            indexGaps(request.openGaps(), request.offers());
            for (SlotDecline decline : request.declines()) {
                declines.computeIfAbsent(decline.slotDate(), d -> new HashSet<>()).add(decline.personId());
            }
            for (SlotOverride override : request.overrides()) {
                overrides.merge(override.slotDate(), override, TeamState::mergeOverrides);
            }
            // A gap fixed for a slot is reserved for it: the engine proposes it nowhere else.
            overrides.values().forEach(override -> {
                if (override.facilitatorId() != null) {
                    knownLeads.put(override.slotDate(), override.facilitatorId());
                }
                if (override.gapId() != null) {
                    usedGaps.add(override.gapId());
                }
            });
        }

        private static SlotOverride mergeOverrides(SlotOverride earlier, SlotOverride later) {
            boolean laterFacilitator = later.facilitatorId() != null;
            return new SlotOverride(later.slotDate(),
                    laterFacilitator ? later.facilitatorId() : earlier.facilitatorId(),
                    laterFacilitator ? later.facilitatorSource() : earlier.facilitatorSource(),
                    later.gapId() != null ? later.gapId() : earlier.gapId());
        }

        private void indexHistory(List<PastSession> history, LocalDate from) {
            PastSession last = null;
            for (PastSession session : history) {
                if (session.facilitatorId() != null) {
                    MemberState state = membersById.get(session.facilitatorId());
                    if (state != null) {
                        state.addLead(session.date().toEpochDay());
                    }
                }
                if (session.date().isBefore(from) && (last == null || !session.date().isBefore(last.date()))) {
                    last = session;
                }
            }
            members.forEach(MemberState::sortLeads);
            if (last != null) {
                previousFacilitator = last.facilitatorId();
                previousTags = lowerCase(last.skillTags());
            }
        }

        private void indexGaps(List<OpenGap> openGaps, List<OpenGapOffer> offers) {
            for (OpenGap gap : openGaps) {
                GapState state = new GapState(gap, lowerCase(gap.skillTags()), new BitSet(), new BitSet());
                if (gapsById.putIfAbsent(gap.gapId(), state) == null) {
                    gapsByPriority.add(state);
                    for (MemberState member : members) {
                        for (String tag : state.tagKeys()) {
                            if (member.teachableSkills.contains(tag)) {
                                state.carriers().set(member.index);
                                break;
                            }
                        }
                    }
                }
            }
            for (OpenGapOffer offer : offers) {
                GapState gap = gapsById.get(offer.gapId());
                MemberState member = membersById.get(offer.personId());
                if (gap != null && member != null) {
                    gap.offerers().set(member.index);
                    gap.carriers().set(member.index);
                }
            }
            gapsByPriority.sort(Comparator.comparingInt((GapState g) -> g.gap().priority()).reversed()
                    .thenComparingLong(g -> g.gap().gapId()));
        }

        PlannedSlot planSlot(ScheduledSlot slot, SessionFormat format, LocalDate nextSlot) {
            LocalDate date = slot.date();
            SlotOverride override = overrides.get(date);
            List<Exclusion> excluded = new ArrayList<>();
            BitSet available = availableMembers(date, excluded);

            List<String> topicNotes = new ArrayList<>();
            Optional<TopicPick> topic = override != null && override.gapId() != null
                    ? Optional.of(fixedTopic(override.gapId()))
                    : chooseTopic(format, available, topicNotes);
            GapState topicGap = topic.map(t -> gapsById.get(t.gapId())).orElse(null);

            List<Ranking> ranked = rank(date, available, topicGap, nextLead(date, nextSlot));
            List<String> facilitatorNotes = new ArrayList<>();
            Optional<FacilitatorPick> pick;
            Optional<Long> proposed = ranked.isEmpty() ? Optional.empty()
                    : Optional.of(ranked.get(0).state().member.personId());
            Long fixed = override == null ? null : override.facilitatorId();
            if (fixed != null) {
                pick = Optional.of(fixedFacilitator(fixed, override.facilitatorSource(), proposed, excluded,
                        facilitatorNotes));
            } else if (ranked.isEmpty()) {
                pick = Optional.empty();
                facilitatorNotes.add(nobodyAvailable(excluded));
            } else {
                pick = Optional.of(engineFacilitator(ranked, topicGap, date));
            }
            long pickedId = pick.map(FacilitatorPick::personId).orElse(Long.MIN_VALUE);
            List<RankedCandidate> next = new ArrayList<>(ranked.size());
            for (Ranking ranking : ranked) {
                if (ranking.state().member.personId() != pickedId) {
                    next.add(new RankedCandidate(ranking.state().member.personId(), ranking.state().member.name(),
                            facts(ranking, topicGap, date)));
                }
            }

            remember(date, pick, topic);
            return new PlannedSlot(slot, format, pick, facilitatorNotes, proposed, next, excluded, topic, topicNotes);
        }

        private void remember(LocalDate date, Optional<FacilitatorPick> pick, Optional<TopicPick> topic) {
            previousFacilitator = pick.map(FacilitatorPick::personId).orElse(null);
            if (previousFacilitator != null) {
                MemberState state = membersById.get(previousFacilitator);
                if (state != null) {
                    // Slots come in date order, so appending keeps the lead days sorted.
                    state.addLead(date.toEpochDay());
                    if (state.leadCount > 1 && state.leadDays[state.leadCount - 2] > date.toEpochDay()) {
                        state.sortLeads();
                    }
                }
            }
            previousTags = topic.map(t -> lowerCase(t.skillTags())).orElse(Set.of());
            topic.ifPresent(t -> usedGaps.add(t.gapId()));
        }

        private BitSet availableMembers(LocalDate date, List<Exclusion> excluded) {
            BitSet available = new BitSet(members.size());
            Set<Long> declined = declines.getOrDefault(date, Set.of());
            for (MemberState state : members) {
                RotationMember member = state.member;
                String reason = null;
                if (!member.inRotation()) {
                    reason = "not in the rotation";
                } else if (member.joinedOn() != null && date.isBefore(member.joinedOn().plus(rules.gracePeriod()))) {
                    reason = "joined on " + member.joinedOn() + ", facilitates from "
                            + member.joinedOn().plus(rules.gracePeriod());
                } else if (member.isAbsentOn(date)) {
                    reason = "out of office";
                } else if (declined.contains(member.personId())) {
                    reason = "declined this slot";
                }
                if (reason == null) {
                    available.set(state.index);
                } else {
                    excluded.add(new Exclusion(member.personId(), member.name(), reason));
                }
            }
            return available;
        }

        private Optional<TopicPick> chooseTopic(SessionFormat format, BitSet available, List<String> notes) {
            if (format == SessionFormat.ROUNDTABLE) {
                // A roundtable's topics are the problems its presenters bring, not the team's gap backlog.
                notes.add("no gap: a peer roundtable's topics are the problems its presenters bring");
                return Optional.empty();
            }
            boolean first = true;
            for (GapState gap : gapsByPriority) {
                if (usedGaps.contains(gap.gap().gapId()) || !gap.gap().fits(format)) {
                    continue;
                }
                String sharedTag = firstShared(gap.tagKeys(), previousTags);
                if (sharedTag != null) {
                    notes.add("skipped " + label(gap.gap()) + ": same skill tag as the previous session (" + sharedTag + ")");
                    first = false;
                    continue;
                }
                if (!gap.carriers().intersects(available)) {
                    notes.add("skipped " + label(gap.gap()) + ": nobody available has the skill or offered to teach it");
                    first = false;
                    continue;
                }
                List<String> reasons = new ArrayList<>(2);
                reasons.add((first ? "highest priority open gap that fits " : "next highest priority open gap that fits ")
                        + article(format) + " (priority " + gap.gap().priority() + ")");
                reasons.add(whoCanCarry(gap, available));
                return Optional.of(new TopicPick(gap.gap().gapId(), gap.gap().title(), gap.gap().confidential(),
                        gap.gap().priority(), gap.gap().skillTags(), PickSource.ENGINE, reasons));
            }
            notes.add("no open gap fits");
            return Optional.empty();
        }

        private String whoCanCarry(GapState gap, BitSet available) {
            BitSet offerers = (BitSet) gap.offerers().clone();
            offerers.and(available);
            if (!offerers.isEmpty()) {
                return names(offerers) + " offered to teach it";
            }
            BitSet carriers = (BitSet) gap.carriers().clone();
            carriers.and(available);
            return names(carriers) + (carriers.cardinality() == 1 ? " has" : " have") + " the skill ("
                    + String.join(", ", new java.util.TreeSet<>(gap.tagKeys())) + ", proficiency "
                    + rules.teachingProficiency() + "+)";
        }

        private String names(BitSet who) {
            StringBuilder names = new StringBuilder();
            for (int i = who.nextSetBit(0); i >= 0; i = who.nextSetBit(i + 1)) {
                if (!names.isEmpty()) {
                    names.append(", ");
                }
                names.append(members.get(i).member.name());
            }
            return names.toString();
        }

        private TopicPick fixedTopic(long gapId) {
            GapState gap = gapsById.get(gapId);
            List<String> reasons = List.of("fixed by a manager");
            return gap == null
                    ? new TopicPick(gapId, null, false, 0, Set.of(), PickSource.MANAGER, reasons)
                    : new TopicPick(gapId, gap.gap().title(), gap.gap().confidential(), gap.gap().priority(),
                    gap.gap().skillTags(), PickSource.MANAGER, reasons);
        }

        /** Who leads the session right after this slot, when that is already known (before the plan's next slot). */
        private Long nextLead(LocalDate date, LocalDate nextSlot) {
            var next = knownLeads.higherEntry(date);
            return next == null || (nextSlot != null && next.getKey().isAfter(nextSlot)) ? null : next.getValue();
        }

        /** The team's mean of sessions led in the fairness window before {@code day}, as the fairness report counts it. */
        private double meanRecentLeads(long day, long windowStart) {
            if (members.isEmpty()) {
                return 0;
            }
            long total = 0;
            for (MemberState state : members) {
                total += state.leadsBefore(day) - state.leadsBefore(windowStart);
            }
            return (double) total / members.size();
        }

        private List<Ranking> rank(LocalDate date, BitSet available, GapState topic, Long nextLead) {
            long day = date.toEpochDay();
            long windowStart = date.minus(rules.fairnessWindow()).toEpochDay();
            double mean = meanRecentLeads(day, windowStart);
            List<Ranking> ranked = new ArrayList<>(available.cardinality());
            boolean someoneRestedCanCarry = false;
            for (int i = available.nextSetBit(0); i >= 0; i = available.nextSetBit(i + 1)) {
                MemberState state = members.get(i);
                int before = state.leadsBefore(day);
                long lastLead = before == 0 ? Ranking.NEVER : state.leadDays[before - 1];
                int recent = before - state.leadsBefore(windowStart);
                boolean offered = topic != null && topic.offerers().get(i);
                boolean ledPrevious = previousFacilitator != null && previousFacilitator == state.member.personId();
                boolean overloaded = FairnessReporter.isOverloaded(recent, mean);
                boolean leadsNext = nextLead != null && nextLead == state.member.personId();
                someoneRestedCanCarry |= !overloaded && (topic == null || topic.carriers().get(i));
                ranked.add(new Ranking(state, offered, lastLead, recent, ledPrevious, overloaded, false, leadsNext));
            }
            if (someoneRestedCanCarry) {
                ranked.replaceAll(r -> r.overloaded() ? new Ranking(r.state(), r.offered(), r.lastLead(), r.recentLeads(),
                        r.ledPrevious(), true, true, r.leadsNext()) : r);
            }
            this.mean = mean;
            ranked.sort(ROTATION_ORDER);
            return ranked;
        }

        /** The team mean of the slot being planned, for the reasons. */
        private double mean;

        private FacilitatorPick engineFacilitator(List<Ranking> ranked, GapState topic, LocalDate date) {
            Ranking pick = ranked.get(0);
            List<String> reasons = new ArrayList<>(facts(pick, topic, date));
            Ranking last = ranked.get(ranked.size() - 1);
            if (last != pick && last.ledPrevious() && FAIRNESS_ORDER.compare(last, pick) < 0) {
                reasons.add(last.state().member.name() + " led the previous session");
            }
            for (Ranking other : ranked) {
                if (other.setAside() && FAIRNESS_ORDER.compare(other, pick) < 0) {
                    reasons.add(other.state().member.name() + (other.offered() ? " offered to teach it but" : "")
                            + " led " + other.recentLeads() + " sessions in the last 12 months against a team mean of "
                            + oneDecimal(mean) + " (overloaded), so someone else who can carry it comes first");
                    break;
                }
            }
            if (pick.overloaded()) {
                reasons.add("overloaded (" + pick.recentLeads() + " sessions in the last 12 months against a team mean of "
                        + oneDecimal(mean) + "), proposed because nobody else available has the skill or offered to teach "
                        + (topic == null ? "it" : label(topic.gap())));
            }
            if (ranked.size() > 1 && !ranked.get(1).ledPrevious()) {
                Ranking runnerUp = ranked.get(1);
                if (pick.offered() == runnerUp.offered() && pick.neverLed() == runnerUp.neverLed()
                        && pick.lastLead() == runnerUp.lastLead()) {
                    if (pick.recentLeads() < runnerUp.recentLeads()) {
                        reasons.remove(pick.recentLeads() + " sessions in the last 12 months");
                        reasons.add("fewest sessions in the last 12 months (" + pick.recentLeads() + ")");
                    } else {
                        reasons.add("tied with " + runnerUp.state().member.name() + "; the rotation's fixed order decides");
                    }
                }
            }
            return new FacilitatorPick(pick.state().member.personId(), pick.state().member.name(), PickSource.ENGINE,
                    reasons);
        }

        private List<String> facts(Ranking ranking, GapState topic, LocalDate date) {
            List<String> facts = new ArrayList<>(3);
            if (ranking.offered()) {
                facts.add("offered to teach " + label(topic.gap()));
            }
            if (ranking.neverLed()) {
                facts.add("never facilitated");
            } else {
                facts.add("last led " + ago(date.toEpochDay() - ranking.lastLead()));
                facts.add(ranking.recentLeads() + " sessions in the last 12 months");
            }
            if (ranking.ledPrevious()) {
                facts.add("led the previous session");
            }
            if (ranking.leadsNext()) {
                facts.add("leads the next session");
            }
            if (ranking.setAside()) {
                facts.add("overloaded: comes after everyone else who can carry the topic");
            }
            return facts;
        }

        private FacilitatorPick fixedFacilitator(long personId, PickSource source, Optional<Long> proposed,
                                                 List<Exclusion> excluded, List<String> notes) {
            MemberState state = membersById.get(personId);
            String name = state == null ? "#" + personId : state.member.name();
            List<String> reasons = List.of(source == PickSource.SWAP ? "took the slot in a swap" : "fixed by a manager");
            proposed.filter(id -> id != personId).ifPresent(id -> notes.add("the proposal was " + membersById.get(id).member.name()));
            for (Exclusion exclusion : excluded) {
                if (exclusion.personId() == personId) {
                    notes.add("fixed although " + name + " is excluded: " + exclusion.reason());
                }
            }
            return new FacilitatorPick(personId, name, source, reasons);
        }

        private String nobodyAvailable(List<Exclusion> excluded) {
            if (excluded.isEmpty()) {
                return "nobody available: the team has no members";
            }
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (Exclusion exclusion : excluded) {
                String reason = exclusion.reason().startsWith("joined on") ? "in the grace period after joining"
                        : exclusion.reason();
                counts.merge(reason, 1, Integer::sum);
            }
            StringBuilder why = new StringBuilder("nobody available: ");
            counts.forEach((reason, count) -> why.append(count).append(' ').append(reason).append(", "));
            return why.substring(0, why.length() - 2);
        }
    }

    private static String oneDecimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String ago(long days) {
        if (days < 7) {
            return days == 1 ? "1 day ago" : days + " days ago";
        }
        long weeks = days / 7;
        return weeks == 1 ? "1 week ago" : weeks + " weeks ago";
    }

    private static String label(OpenGap gap) {
        return gap.confidential() || gap.title() == null ? "gap #" + gap.gapId() : gap.title();
    }

    static String article(SessionFormat format) {
        return switch (format) {
            case LUNCH_AND_LEARN -> "a lunch & learn";
            case DEEP_DIVE -> "a deep dive";
            case PAIRING -> "a pairing session";
            case CODE_REVIEW -> "a code review with a twist";
            case ROUNDTABLE -> "a peer roundtable";
        };
    }

    private static String firstShared(Set<String> tags, Set<String> previous) {
        if (previous.isEmpty()) {
            return null;
        }
        String shared = null;
        for (String tag : tags) {
            if (previous.contains(tag) && (shared == null || tag.compareTo(shared) < 0)) {
                shared = tag;
            }
        }
        return shared;
    }

    private static Set<String> lowerCase(Set<String> tags) {
        if (tags.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>(tags.size() * 2);
        for (String tag : tags) {
            if (tag != null) {
                keys.add(tag.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return keys;
    }
}
