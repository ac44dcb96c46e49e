package org.peerplanner.domain.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.gap.GapPriority;
import org.peerplanner.domain.gap.KnowledgeGap;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.rotation.Blackout;
import org.peerplanner.domain.rotation.FairnessReport;
import org.peerplanner.domain.rotation.FairnessReporter;
import org.peerplanner.domain.rotation.FairnessRequest;
import org.peerplanner.domain.rotation.FormatMix;
import org.peerplanner.domain.rotation.OpenGap;
import org.peerplanner.domain.rotation.PastPairing;
import org.peerplanner.domain.rotation.PastSession;
import org.peerplanner.domain.rotation.PlannedSlot;
import org.peerplanner.domain.rotation.RotationMember;
import org.peerplanner.domain.rotation.RotationPlan;
import org.peerplanner.domain.rotation.RotationPlanner;
import org.peerplanner.domain.rotation.RotationRequest;
import org.peerplanner.domain.rotation.RotationRules;
import org.peerplanner.domain.rotation.SlotOverride;
import org.peerplanner.domain.rotation.SlotSchedule;
import org.peerplanner.domain.session.FacilitatorSuggestions;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.Membership;
import org.peerplanner.domain.team.SessionSlot;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the rotation engine from the database: "plan the next weeks" as a proposal with reasons,
 * the manager's overrides on top of it, scheduling it as sessions, the next candidate when someone
 * declines, and the fairness report. Pairing rounds are {@link PairingService}'s.
 */
@Service
@Transactional(readOnly = true)
public class PlanningService implements FacilitatorSuggestions {

    /** How far back the rotation looks: enough for "last led" and the 12-month fairness window. */
    private static final Period HISTORY = Period.ofYears(3);

    private final TeamLookup teams;
    private final SessionLookup sessions;
    private final PlanOverrideRepository overrides;
    private final GapLookup gaps;
    private final PairingRepository pairings;
    private final SessionService sessionService;
    private final TeamAccess access;
    private final Clock clock;
    private final RotationPlanner planner = new RotationPlanner();
    private final FairnessReporter fairnessReporter = new FairnessReporter();

    PlanningService(TeamLookup teams, SessionLookup sessions, PlanOverrideRepository overrides, GapLookup gaps,
                    PairingRepository pairings, SessionService sessionService, TeamAccess access, Clock clock) {
        this.teams = teams;
        this.sessions = sessions;
        this.overrides = overrides;
        this.gaps = gaps;
        this.pairings = pairings;
        this.sessionService = sessionService;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The next {@code slotCount} free slots after what is already on the calendar, each with a
     * proposed facilitator and topic and the reasons for them.
     */
    public RotationPlan propose(Actor actor, long teamId, int slotCount) {
        access.requireManager(actor, teamId);
        if (slotCount < 1 || slotCount > 26) {
            throw InvalidInputException.of("slotCount", "Plan 1 to 26 slots at a time.");
        }
        return planner.plan(request(team(teamId), planFrom(teamId), slotCount));
    }

    /** The manager fixes who leads a slot; {@code null} removes that part of the override. */
    @Transactional
    public RotationPlan fixFacilitator(Actor actor, long teamId, LocalDate slotDate, Long personId, int slotCount) {
        access.requireManager(actor, teamId);
        if (personId != null && !teams.isMember(teamId, personId)) {
            throw InvalidInputException.of("facilitatorId", "Facilitators must be members of the team.");
        }
        adjust(actor, teamId, slotDate, o -> o.fixFacilitator(personId));
        return propose(actor, teamId, slotCount);
    }

    @Transactional
    public RotationPlan fixTopic(Actor actor, long teamId, LocalDate slotDate, Long gapId, int slotCount) {
        access.requireManager(actor, teamId);
        if (gapId != null && gaps.gap(gapId).filter(g -> g.getTeamId() == teamId).isEmpty()) {
            throw InvalidInputException.of("gapId", "Choose one of the team's open gaps.");
        }
        adjust(actor, teamId, slotDate, o -> o.fixTopic(gapId));
        return propose(actor, teamId, slotCount);
    }

    @Transactional
    public RotationPlan skipSlot(Actor actor, long teamId, LocalDate slotDate, boolean skip, int slotCount) {
        access.requireManager(actor, teamId);
        adjust(actor, teamId, slotDate, o -> o.skip(skip));
        return propose(actor, teamId, slotCount);
    }

    /** Removes every adjustment of a slot: the base plan's pick comes back. */
    @Transactional
    public RotationPlan resetSlot(Actor actor, long teamId, LocalDate slotDate, int slotCount) {
        access.requireManager(actor, teamId);
        overrides.deleteById(new PlanOverride.Key(teamId, slotDate));
        overrides.flush();
        return propose(actor, teamId, slotCount);
    }

    /** Schedules the proposal as planned sessions; each proposed facilitator then accepts or declines. */
    @Transactional
    public List<Long> schedule(Actor actor, long teamId, int slotCount) {
        RotationPlan plan = propose(actor, teamId, slotCount);
        Team team = team(teamId);
        List<Long> created = new ArrayList<>();
        for (PlannedSlot slot : plan.slots()) {
            SessionFormat format = slot.format();
            int minutes = format.fits(slot.slot().minutes()) ? slot.slot().minutes() : format.defaultMinutes();
            String title = slot.topic().map(t -> format.label() + ": " + t.title()).orElse(format.label());
            var edit = SessionEdit.of(format, title, slot.slot().start(), slot.facilitatorId().orElse(null))
                    .lasting(minutes).at(team.getDefaultLocation())
                    .addressing(slot.topic().map(t -> Set.of(t.gapId())).orElse(Set.of()));
            created.add(sessionService.schedule(actor, teamId, edit).id());
            overrides.deleteById(new PlanOverride.Key(teamId, slot.slot().date()));
        }
        return created;
    }

    @Override
    public Optional<Long> nextFacilitator(long teamId, LocalDate slotDate, SessionFormat format, Set<Long> passedOver) {
        Team team = team(teamId);
        // A one-slot schedule on exactly that day, whatever the team's cadence says.
        var schedule = new SlotSchedule(team.getTimeZone(), new SessionSlot(slotDate.getDayOfWeek(),
                team.getSlot().start(), team.getSlot().minutes()), CadenceRule.weekly(), slotDate, List.of(), Set.of());
        var request = new RotationRequest(schedule, slotDate, 1, FormatMix.of(format), members(teamId),
                // Sessions after the slot come too: whoever leads the next one (after a swap, say) is not asked to lead
                // two weeks running.
                openGaps(team), gaps.offersOnOpenGaps(teamId), history(teamId, slotDate.plusWeeks(5)),
                passedOver.stream().map(p -> new org.peerplanner.domain.rotation.SlotDecline(slotDate, p)).toList(),
                List.of(), rules(team));
        return planner.plan(request).slots().stream().findFirst().flatMap(PlannedSlot::facilitatorId);
    }

    /** Who led, co-led and paired how often in [from, to], against the team mean. */
    public FairnessReport fairness(Actor actor, long teamId, LocalDate from, LocalDate to) {
        access.requireVisibleTeam(actor, teamId);
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "The period must end on or after its first day.");
        }
        var held = sessions.held(teamId, from, to).stream().map(this::past).toList();
        var paired = pairings.findByTeamIdAndPairedOnBetweenOrderByPairedOn(teamId, from, to).stream()
                .map(p -> new PastPairing(p.getPairedOn(), p.people())).toList();
        return fairnessReporter.report(new FairnessRequest(from, to, members(teamId), held, paired));
    }

    // ---- building the engine's request

    private RotationRequest request(Team team, LocalDate from, int slotCount) {
        long teamId = team.getId();
        var adjustments = overrides.findByTeamIdAndSlotDateGreaterThanEqual(teamId, from);
        Set<LocalDate> skipped = adjustments.stream().filter(PlanOverride::isSkipped).map(PlanOverride::getSlotDate)
                .collect(Collectors.toSet());
        var planning = team.getPlanning();
        var schedule = new SlotSchedule(team.getTimeZone(), team.getSlot(), team.getCadence(),
                LocalDate.ofInstant(team.getCreatedAt(), team.getTimeZone()),
                planning.blackouts().stream().map(b -> new Blackout(b.startsOn(), b.endsOn(), b.reason())).toList(),
                skipped);
        int alreadyPlanned = (int) sessions.count(teamId,
                EnumSet.of(SessionStatus.HELD, SessionStatus.PLANNED, SessionStatus.CONFIRMED));
        var mix = FormatMix.of(planning.formatMix().toArray(SessionFormat[]::new)).continuingAfter(alreadyPlanned);
        var slotOverrides = adjustments.stream().filter(o -> !o.isSkipped() && !o.isEmpty())
                .map(o -> new SlotOverride(o.getSlotDate(), o.getFacilitatorId(), null, o.getGapId())).toList();
        var slotDeclines = sessions.declinedFrom(teamId, from).stream()
                .map(d -> new org.peerplanner.domain.rotation.SlotDecline(d.getSlotDate(), d.getPersonId())).toList();
        return new RotationRequest(schedule, from, slotCount, mix, members(teamId), openGaps(team),
                gaps.offersOnOpenGaps(teamId), history(teamId, from.minusDays(1)), slotDeclines, slotOverrides,
                rules(team));
    }

    /**
     * Plans start after the last session already on the calendar, so nothing is planned twice, and never with a
     * slot that has already started today (on a Tuesday afternoon the next Tuesday slot is next week's).
     */
    private LocalDate planFrom(long teamId) {
        Team team = team(teamId);
        LocalDate today = today(team);
        boolean todaysSlotStarted = team.getSlot().day() == today.getDayOfWeek()
                && !ZonedDateTime.of(today, team.getSlot().start(), team.getTimeZone()).toInstant().isAfter(clock.instant());
        LocalDate earliest = todaysSlotStarted ? today.plusDays(1) : today;
        return sessions.fromSlot(teamId, today, EnumSet.of(SessionStatus.PLANNED, SessionStatus.CONFIRMED, SessionStatus.HELD))
                .stream().map(LearningSession::getSlotDate).max(LocalDate::compareTo)
                .map(last -> last.plusDays(1)).filter(d -> d.isAfter(earliest)).orElse(earliest);
    }

    private List<RotationMember> members(long teamId) {
        return teams.members(teamId, "", PageRequest.of(0, 10_000)).stream()
                .map(PlanningService::member).toList();
    }

    private static RotationMember member(Membership m) {
        var p = m.getPerson();
        return new RotationMember(p.getId(), p.getFullName(), m.getJoinedOn(), m.isInRotation(), p.getAbsences(),
                p.getSkills());
    }

    private List<OpenGap> openGaps(Team team) {
        LocalDate today = today(team);
        return gaps.openForPlanning(team.getId()).stream()
                .map(g -> new OpenGap(g.getId(), g.getTitle(),
                        GapPriority.score(g.getUrgency(), g.totalVotes(), g.getReportedOn(), today),
                        g.getPreferredFormats(), Set.copyOf(g.getTags()), g.isConfidential()))
                .toList();
    }

    /** Sessions held or still to come up to {@code until}, as the engine's history. */
    private List<PastSession> history(long teamId, LocalDate until) {
        var list = sessions.fromSlot(teamId, until.minus(HISTORY),
                        EnumSet.of(SessionStatus.HELD, SessionStatus.PLANNED, SessionStatus.CONFIRMED)).stream()
                .filter(s -> !s.getSlotDate().isAfter(until)).toList();
        Map<Long, KnowledgeGap> byId = gaps.gaps(list.stream().flatMap(s -> s.getGapIds().stream())
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(KnowledgeGap::getId, Function.identity()));
        List<PastSession> past = new ArrayList<>();
        for (LearningSession s : list) {
            Long gapId = s.getGapIds().stream().sorted().findFirst().orElse(null);
            Set<String> tags = gapId == null || !byId.containsKey(gapId) ? Set.of() : Set.copyOf(byId.get(gapId).getTags());
            past.add(new PastSession(s.getSlotDate(), s.getFormat(), s.getFacilitatorId().orElse(null),
                    s.getCoFacilitatorId().map(Set::of).orElse(Set.of()), gapId, tags));
        }
        return past;
    }

    private PastSession past(LearningSession s) {
        return new PastSession(s.getSlotDate(), s.getFormat(), s.getFacilitatorId().orElse(null),
                s.getCoFacilitatorId().map(Set::of).orElse(Set.of()), null, Set.of());
    }

    private static RotationRules rules(Team team) {
        return new RotationRules(Period.ofWeeks(team.getPlanning().graceWeeks()), 3, Period.ofMonths(12));
    }

    private void adjust(Actor actor, long teamId, LocalDate slotDate, java.util.function.Consumer<PlanOverride> change) {
        var override = overrides.findById(new PlanOverride.Key(teamId, slotDate))
                .orElseGet(() -> new PlanOverride(teamId, slotDate, actor.personId(), clock.instant()));
        change.accept(override);
        if (override.isEmpty()) {
            overrides.delete(override);
        } else {
            overrides.save(override);
        }
        overrides.flush();
    }

    private Team team(long teamId) {
        return teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
    }

    private LocalDate today(Team team) {
        return LocalDate.now(clock.withZone(team.getTimeZone()));
    }

}
