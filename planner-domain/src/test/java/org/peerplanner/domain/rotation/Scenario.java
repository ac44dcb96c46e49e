package org.peerplanner.domain.rotation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.gap.OpenGapOffer;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.SessionSlot;

/** A team meeting on Wednesdays at noon in Berlin, planned from Monday 3 March 2025 (slots 5, 12, 19 March...). */
final class Scenario {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate FROM = LocalDate.of(2025, 3, 3);
    static final LocalDate MAR_5 = LocalDate.of(2025, 3, 5);
    static final LocalDate MAR_12 = LocalDate.of(2025, 3, 12);
    static final LocalDate MAR_19 = LocalDate.of(2025, 3, 19);
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    SlotSchedule schedule = SlotSchedule.of(BERLIN, new SessionSlot(DayOfWeek.WEDNESDAY, LocalTime.NOON, 60),
            CadenceRule.weekly(), null);
    int slotCount = 3;
    FormatMix mix = FormatMix.of(SessionFormat.LUNCH_AND_LEARN);
    final List<RotationMember> members = new ArrayList<>();
    final List<OpenGap> gaps = new ArrayList<>();
    final List<OpenGapOffer> offers = new ArrayList<>();
    final List<PastSession> history = new ArrayList<>();
    final List<SlotDecline> declines = new ArrayList<>();
    final List<SlotOverride> overrides = new ArrayList<>();
    RotationRules rules = RotationRules.defaults();

    Scenario member(long id, String name, Skill... skills) {
        members.add(new RotationMember(id, name, LONG_AGO, true, List.of(), List.of(skills)));
        return this;
    }

    Scenario member(RotationMember member) {
        members.add(member);
        return this;
    }

    Scenario gap(long id, String title, int priority, Set<String> tags, SessionFormat... formats) {
        gaps.add(new OpenGap(id, title, priority, Set.of(formats), tags, false));
        return this;
    }

    Scenario offer(long gapId, long personId) {
        offers.add(new OpenGapOffer(gapId, "gap " + gapId, false, personId, null, null));
        return this;
    }

    Scenario led(long personId, LocalDate... dates) {
        for (LocalDate date : dates) {
            history.add(PastSession.ledBy(date, personId));
        }
        return this;
    }

    RotationRequest request() {
        return new RotationRequest(schedule, FROM, slotCount, mix, members, gaps, offers, history, declines, overrides,
                rules);
    }

    RotationPlan plan() {
        return new RotationPlanner().plan(request());
    }

    static RotationMember absentMember(long id, String name, LocalDate first, LocalDate last) {
        return new RotationMember(id, name, LONG_AGO, true, List.of(new Absence(first, last, "holiday")), List.of());
    }

    static RotationMember joinedMember(long id, String name, LocalDate joinedOn) {
        return new RotationMember(id, name, joinedOn, true, List.of(), List.of());
    }

    static Skill skill(String name, int proficiency) {
        return new Skill(name, proficiency);
    }

    static List<Long> facilitators(RotationPlan plan) {
        return plan.slots().stream().map(s -> s.facilitatorId().orElse(null)).toList();
    }

    static List<Long> topics(RotationPlan plan) {
        return plan.slots().stream().map(s -> s.gapId().orElse(null)).toList();
    }

    static List<Long> ids(List<RankedCandidate> candidates) {
        return candidates.stream().map(RankedCandidate::personId).toList();
    }
}
