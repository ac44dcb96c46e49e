package org.peerplanner.domain.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonRepository;
import org.peerplanner.domain.team.MembershipRepository;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning sessions: scheduling, the facilitator's accept or decline, volunteering for an open slot,
 * swaps, RSVPs, holding and cancelling. Scheduling a session for a gap plans the gap; holding it
 * marks the gap addressed.
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    private static final DateTimeFormatter STARTS = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter REFERENCE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SessionRepository sessions;
    private final SwapRequestRepository swaps;
    private final SlotDeclineRepository declines;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final TeamAccess access;
    private final CommandValidator validator;
    private final GapLifecycleService gapLifecycle;
    private final GapService gaps;
    private final Optional<FacilitatorSuggestions> suggestions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(SessionRepository sessions, SwapRequestRepository swaps, SlotDeclineRepository declines,
                   TeamRepository teams, PersonRepository people, MembershipRepository memberships, TeamAccess access,
                   CommandValidator validator, GapLifecycleService gapLifecycle, GapService gaps,
                   Optional<FacilitatorSuggestions> suggestions, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.swaps = swaps;
        this.declines = declines;
        this.teams = teams;
        this.people = people;
        this.memberships = memberships;
        this.access = access;
        this.validator = validator;
        this.gapLifecycle = gapLifecycle;
        this.gaps = gaps;
        this.suggestions = suggestions;
        this.events = events;
        this.clock = clock;
    }

    /** A manager puts a session on the calendar; its gaps become PLANNED and the team is invited. */
    @Transactional
    public SessionDetails schedule(Actor actor, long teamId, SessionEdit edit) {
        access.requireManager(actor, teamId);
        check(actor, teamId, edit);
        Team team = teams.findById(teamId).orElseThrow(() -> new NotFoundException("The team"));
        var placed = edit.startingAt(edit.start().withZoneSameInstant(team.getTimeZone()))
                .at(edit.location() == null ? team.getDefaultLocation() : edit.location());
        var session = new LearningSession(teamId, placed, clock.instant());
        session.address(edit.gapIds());
        // A pairing session is for its two or three people; everything else is open to the whole team.
        session.invite(edit.format() == SessionFormat.PAIRING ? facilitators(placed) : teamMembers(teamId));
        session = sessions.saveAndFlush(session);
        planGaps(actor, session);
        tell(SessionNotice.proposed(session, actor.personId()));
        return details(actor, session.getId());
    }

    public SessionDetails details(Actor actor, long sessionId) {
        LearningSession s = visible(actor, sessionId);
        Team team = teams.findById(s.getTeamId()).orElseThrow();
        Map<Long, Person> names = peopleOf(s);
        var swap = swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN)
                .map(r -> swapView(r, s, names.get(r.getRequestedBy()))).orElse(null);
        var gapRefs = s.getGapIds().stream().sorted()
                .flatMap(id -> gapTitle(actor, id).stream().map(title -> new SessionDetails.GapRef(id, title))).toList();
        var attendees = s.getAttendees().stream()
                .filter(a -> names.containsKey(a.personId()))
                .map(a -> new SessionDetails.AttendeeView(a.personId(), names.get(a.personId()).getFullName(),
                        names.get(a.personId()).getEmail(), a.rsvp(), leads(s, a.personId())))
                .sorted(java.util.Comparator.comparing(SessionDetails.AttendeeView::name)).toList();
        return new SessionDetails(s.getId(), s.getVersion(), s.getUid(), s.getTeamId(), team.getName(), s.getFormat(),
                s.getTitle(), s.getAgenda(), s.getStart(), s.getDurationMinutes(), s.getLocation(),
                person(names, s.getFacilitatorId()), person(names, s.getCoFacilitatorId()), s.getPairingFocus(),
                s.getChangeLink(), gapRefs, attendees, s.getMaterials(), s.getTakeaways(), s.getStatus(),
                s.getCancelReason(), s.getRevision(), swap, permissions(actor, s, swap), rsvpOf(actor, s),
                twoWeeksRunning(actor, s, swap));
    }

    /** Upcoming sessions (planned or confirmed), soonest first. */
    public List<SessionCard> upcoming(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        LocalDate today = today(teamId);
        return cards(actor, sessions.findFromSlot(teamId, today, EnumSet.of(SessionStatus.PLANNED, SessionStatus.CONFIRMED)));
    }

    /** Held and cancelled sessions, latest first. */
    public List<SessionCard> past(Actor actor, long teamId, int limit) {
        access.requireVisibleTeam(actor, teamId);
        return cards(actor, sessions.findPast(teamId, clock.instant(),
                EnumSet.of(SessionStatus.HELD, SessionStatus.CANCELLED), PageRequest.of(0, limit)));
    }

    /** Every session of the team starting in [from, to): the month view. */
    public List<SessionCard> between(Actor actor, long teamId, Instant from, Instant to) {
        access.requireVisibleTeam(actor, teamId);
        return cards(actor, sessions.findBetween(teamId, from, to));
    }

    /** Sessions that address a gap, for the gap's page, in date order. */
    public List<SessionCard> forGap(Actor actor, long gapId) {
        return cards(actor, sessions.findByGap(gapId).stream().filter(s -> access.canSeeTeam(actor, s.getTeamId()))
                .sorted(java.util.Comparator.comparing(LearningSession::getStartsAt)).toList());
    }

    /** Managers and the session's facilitator edit it; calendar-relevant changes raise the revision. */
    @Transactional
    public SessionDetails revise(Actor actor, long sessionId, long expectedVersion, SessionEdit edit) {
        LearningSession s = visible(actor, sessionId);
        if (!canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can edit it.");
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("This session");
        }
        check(actor, s.getTeamId(), edit);
        Set<Long> newGaps = new HashSet<>(edit.gapIds());
        newGaps.removeAll(s.getGapIds());
        Optional<Long> facilitatorBefore = s.getFacilitatorId();
        boolean calendarChange = s.revise(edit.startingAt(edit.start().withZoneSameInstant(
                teams.findById(s.getTeamId()).orElseThrow().getTimeZone())), clock.instant());
        s.address(edit.gapIds());
        save(s);
        if (calendarChange) {
            publishIfAnnounced(s, SessionCalendarChange.Kind.UPDATED);
            tellIfAnnounced(SessionNotice.changed(s, actor.personId()), s);
        }
        if (!facilitatorBefore.equals(s.getFacilitatorId())) {
            tell(SessionNotice.proposed(s, actor.personId()));
        }
        newGaps.forEach(gapId -> gapLifecycle.sessionScheduled(actor, gapId, reference(s)));
        return details(actor, sessionId);
    }

    /** The proposed facilitator accepts: the session is CONFIRMED. */
    @Transactional
    public SessionDetails accept(Actor actor, long sessionId) {
        LearningSession s = visible(actor, sessionId);
        s.confirmBy(actor.personId(), clock.instant());
        save(s);
        publish(s, SessionCalendarChange.Kind.CONFIRMED);
        tell(SessionNotice.rsvpAwaited(s, actor.personId()));
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.LEAD));
        return details(actor, sessionId);
    }

    /**
     * The proposed facilitator declines: they are passed over for this slot and the rotation's next
     * candidate is proposed; with nobody left the slot stays open for volunteers.
     */
    @Transactional
    public SessionDetails decline(Actor actor, long sessionId) {
        LearningSession s = visible(actor, sessionId);
        declines.save(new SlotDecline(s.getTeamId(), s.getSlotDate(), actor.personId(), clock.instant()));
        Set<Long> passedOver = declines.findByTeamIdAndSlotDate(s.getTeamId(), s.getSlotDate()).stream()
                .map(SlotDecline::getPersonId).collect(Collectors.toSet());
        passedOver.add(actor.personId());
        Long next = suggestions.flatMap(f -> f.nextFacilitator(s.getTeamId(), s.getSlotDate(), s.getFormat(), passedOver))
                .orElse(null);
        s.declineBy(actor.personId(), next, clock.instant());
        save(s);
        publishIfAnnounced(s, SessionCalendarChange.Kind.UPDATED);
        tell(SessionNotice.proposed(s, actor.personId()));
        tellIfAnnounced(SessionNotice.changed(s, actor.personId()), s);
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.LEAD));
        return details(actor, sessionId);
    }

    /**
     * Takes an open slot. Race-safe: the database lets exactly one of many concurrent volunteers
     * have it; the others are told someone was quicker.
     */
    @Transactional
    public SessionDetails volunteer(Actor actor, long sessionId) {
        LearningSession s = visible(actor, sessionId);
        requireMember(actor, s.getTeamId(), "volunteer");
        if (sessions.takeOpenSlot(sessionId, actor.personId(), clock.instant()) == 0) {
            throw InvalidInputException.of("facilitator",
                    "Someone else volunteered for this session first. Thank you all the same: look for another open slot.");
        }
        return details(actor, sessionId);
    }

    /** The facilitator asks someone else to take the session over. */
    @Transactional
    public SessionDetails requestSwap(Actor actor, long sessionId, String reason) {
        LearningSession s = visible(actor, sessionId);
        if (!s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false) || !s.getStatus().isUpcoming()) {
            throw InvalidInputException.of("swap", "Only the facilitator of an upcoming session can ask for a swap.");
        }
        if (swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN).isPresent()) {
            throw InvalidInputException.of("swap", "A swap is already requested for this session.");
        }
        swaps.save(new SwapRequest(sessionId, actor.personId(), reason, clock.instant()));
        tell(new SessionNotice.SwapAsked(SessionNotice.subject(s), name(names(Set.of(actor.personId())),
                Optional.of(actor.personId())), reason, swapCandidates(s, actor.personId())));
        return details(actor, sessionId);
    }

    @Transactional
    public SessionDetails withdrawSwap(Actor actor, long sessionId) {
        LearningSession s = visible(actor, sessionId);
        var request = swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN)
                .filter(r -> r.getRequestedBy() == actor.personId())
                .orElseThrow(() -> InvalidInputException.of("swap", "You have no open swap request for this session."));
        request.withdraw(clock.instant());
        return details(actor, s.getId());
    }

    /** Another member takes over the session; they lead it as if they had accepted. */
    @Transactional
    public SessionDetails takeSwap(Actor actor, long sessionId) {
        LearningSession s = visible(actor, sessionId);
        requireMember(actor, s.getTeamId(), "take a swap");
        var request = swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN)
                .orElseThrow(() -> InvalidInputException.of("swap", "This swap was already taken or withdrawn."));
        if (request.getRequestedBy() == actor.personId()) {
            throw InvalidInputException.of("swap", "You asked for this swap; someone else has to take it.");
        }
        request.takenBy(actor.personId(), clock.instant());
        s.handOver(actor.personId(), clock.instant());
        s.confirmBy(actor.personId(), clock.instant());
        try {
            swaps.flush();
            sessions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw InvalidInputException.of("swap", "Someone else took this swap first.");
        }
        publish(s, SessionCalendarChange.Kind.UPDATED);
        tell(SessionNotice.changed(s, actor.personId()));
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.SWAP));
        return details(actor, sessionId);
    }

    @Transactional
    public SessionDetails answer(Actor actor, long sessionId, Rsvp rsvp) {
        LearningSession s = visible(actor, sessionId);
        requireMember(actor, s.getTeamId(), "answer");
        if (s.getFormat() == SessionFormat.PAIRING && rsvp == Rsvp.YES && pairingIsFull(s, actor.personId())) {
            throw InvalidInputException.of("rsvp", "This pairing session already has three people. "
                    + "Pairing works in twos or threes: ask for the next pairing round instead.");
        }
        s.answer(actor.personId(), rsvp);
        save(s);
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.RSVP));
        return details(actor, sessionId);
    }

    /** The session took place: its gaps are addressed; takeaways are kept. */
    @Transactional
    public SessionDetails hold(Actor actor, long sessionId, String takeaways) {
        LearningSession s = visible(actor, sessionId);
        if (!canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can mark it held.");
        }
        requireStarted(s);
        s.hold(takeaways, clock.instant());
        save(s);
        events.publishEvent(new SessionHeld(s.getId(), s.getTeamId()));
        s.getGapIds().forEach(gapId -> gapLifecycle.sessionHeld(actor, gapId, reference(s)));
        return details(actor, sessionId);
    }

    @Transactional
    public SessionDetails recordTakeaways(Actor actor, long sessionId, String takeaways) {
        LearningSession s = visible(actor, sessionId);
        if (!canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can record takeaways.");
        }
        s.recordTakeaways(takeaways, clock.instant());
        save(s);
        return details(actor, sessionId);
    }

    /**
     * Wrap-up: holds the session if it is still upcoming (its gaps become addressed) and sets its takeaways and
     * materials. Field errors for materials are keyed "materials.<index>.<field>".
     */
    @Transactional
    public SessionDetails wrapUp(Actor actor, long sessionId, long expectedVersion, String takeaways,
                                 List<Material> materials) {
        LearningSession s = visible(actor, sessionId);
        if (!canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can wrap it up.");
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("This session");
        }
        if (s.getStatus().isUpcoming()) {
            requireStarted(s);
        }
        if (takeaways != null && takeaways.strip().length() > 8000) {
            throw InvalidInputException.of("takeaways", "Takeaways have at most 8000 characters.");
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (int i = 0; i < materials.size(); i++) {
            try {
                validator.check(materials.get(i));
            } catch (InvalidInputException e) {
                int index = i;
                e.fieldErrors().forEach((field, message) -> problems.put("materials." + index + "." + field, message));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean heldNow = s.wrapUp(takeaways, materials, clock.instant());
        save(s);
        if (heldNow) {
            events.publishEvent(new SessionHeld(s.getId(), s.getTeamId()));
            s.getGapIds().forEach(gapId -> gapLifecycle.sessionHeld(actor, gapId, reference(s)));
        }
        return details(actor, sessionId);
    }

    @Transactional
    public SessionDetails cancel(Actor actor, long sessionId, String reason) {
        LearningSession s = visible(actor, sessionId);
        access.requireManager(actor, s.getTeamId());
        s.cancel(reason, clock.instant());
        save(s);
        publishIfAnnounced(s, SessionCalendarChange.Kind.CANCELLED);
        tell(SessionNotice.cancelled(s, actor.personId()));
        swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN).ifPresent(r -> r.withdraw(clock.instant()));
        return details(actor, sessionId);
    }

    public List<SwapView> openSwaps(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        var requests = swaps.findOpenForTeam(teamId);
        var bySession = sessions.findAllById(requests.stream().map(SwapRequest::getSessionId).toList()).stream()
                .collect(Collectors.toMap(LearningSession::getId, Function.identity()));
        var names = names(requests.stream().map(SwapRequest::getRequestedBy).collect(Collectors.toSet()));
        return requests.stream().map(r -> swapView(r, bySession.get(r.getSessionId()), names.get(r.getRequestedBy()))).toList();
    }

    // ---- helpers

    private void publish(LearningSession s, SessionCalendarChange.Kind kind) {
        events.publishEvent(new SessionCalendarChange(s.getId(), kind));
    }

    /** Updates and cancellations reach only calendars that had the invite: a never-confirmed session mails nobody. */
    private void publishIfAnnounced(LearningSession s, SessionCalendarChange.Kind kind) {
        if (s.isAnnounced()) {
            publish(s, kind);
        }
    }

    /** People who must act or know hear of it (the notification list listens); nobody to tell, nothing published. */
    private void tell(SessionNotice notice) {
        if (!notice.people().isEmpty()) {
            events.publishEvent(notice);
        }
    }

    private void tellIfAnnounced(SessionNotice notice, LearningSession s) {
        if (s.isAnnounced()) {
            tell(notice);
        }
    }

    /** Who could take a swap: the team's other members, except those away that day. */
    private Set<Long> swapCandidates(LearningSession s, long askedBy) {
        return memberships.findMembers(s.getTeamId(), "", PageRequest.of(0, 10_000)).stream()
                .map(m -> m.getPerson()).filter(p -> p.getId() != askedBy && !p.isAbsentOn(s.getSlotDate()))
                .map(Person::getId).collect(Collectors.toSet());
    }

    private void check(Actor actor, long teamId, SessionEdit edit) {
        validator.check(edit);
        LearningSession.checkDuration(edit.format(), edit.durationMinutes());
        for (Long person : new Long[] {edit.facilitatorId(), edit.coFacilitatorId()}) {
            if (person != null && !memberships.existsByTeamIdAndPersonId(teamId, person)) {
                throw InvalidInputException.of("facilitatorId", "Facilitators must be members of the team.");
            }
        }
        if (edit.facilitatorId() != null && edit.facilitatorId().equals(edit.coFacilitatorId())) {
            throw InvalidInputException.of("coFacilitatorId", "The co-facilitator must be someone other than the facilitator.");
        }
        for (long gapId : edit.gapIds()) {
            var gap = gaps.details(actor, gapId);
            if (gap.teamId() != teamId) {
                throw InvalidInputException.of("gapIds", "A session can only address its own team's gaps.");
            }
        }
    }

    /**
     * Holding says the session took place, which marks its gaps addressed and opens its follow-ups: a session that
     * has not started yet cannot have happened.
     */
    private void requireStarted(LearningSession s) {
        if (!hasStarted(s)) {
            throw InvalidInputException.of("status", "This session starts " + s.getStart().format(STARTS)
                    + ": it can be marked held or wrapped up once it has started.");
        }
    }

    private boolean hasStarted(LearningSession s) {
        return !clock.instant().isBefore(s.getStartsAt());
    }

    private void planGaps(Actor actor, LearningSession s) {
        s.getGapIds().forEach(gapId -> gapLifecycle.sessionScheduled(actor, gapId, reference(s)));
    }

    private static String reference(LearningSession s) {
        return s.getStart().format(REFERENCE_DATE) + ": " + s.getTitle();
    }

    private Optional<String> gapTitle(Actor actor, long gapId) {
        try {
            return Optional.of(gaps.details(actor, gapId).title());
        } catch (NotFoundException e) {
            return Optional.empty(); // a confidential gap stays hidden from those who may not see it
        }
    }

    /**
     * Taking a swap must not quietly make someone lead two weeks running: the taker is told before and after, and
     * may ask for a swap on one of them.
     */
    private String twoWeeksRunning(Actor actor, LearningSession s, SwapView swap) {
        boolean leadsIt = s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false);
        boolean mayTakeIt = swap != null && swap.requestedById() != actor.personId()
                && memberships.existsByTeamIdAndPersonId(s.getTeamId(), actor.personId());
        if (!s.getStatus().isUpcoming() || !(leadsIt || mayTakeIt)) {
            return null;
        }
        LocalDate week = s.getSlotDate().with(java.time.DayOfWeek.MONDAY);
        var zone = s.getStart().getZone();
        return sessions.findBetween(s.getTeamId(), week.minusWeeks(1).atStartOfDay(zone).toInstant(),
                        week.plusWeeks(2).atStartOfDay(zone).toInstant()).stream()
                .filter(other -> !other.getId().equals(s.getId()) && other.getStatus() != SessionStatus.CANCELLED)
                .filter(other -> other.getFacilitatorId().map(f -> f == actor.personId()).orElse(false))
                .findFirst()
                .map(other -> (leadsIt ? "You lead two weeks running: you also lead \u201c"
                        : "Taking this over means leading two weeks running: you also lead \u201c")
                        + other.getTitle() + "\u201d on " + other.getStart().format(DAY)
                        + ". Ask for a swap on one of them if that is too much.")
                .orElse(null);
    }

    private static boolean leads(LearningSession s, long personId) {
        return s.getFacilitatorId().map(f -> f == personId).orElse(false)
                || s.getCoFacilitatorId().map(c -> c == personId).orElse(false);
    }

    /** The viewer's own answer for the page's RSVP buttons; none for those who lead it (they come by definition). */
    private static Rsvp rsvpOf(Actor actor, LearningSession s) {
        if (leads(s, actor.personId())) {
            return null;
        }
        return s.getAttendees().stream().filter(a -> a.personId() == actor.personId()).map(Attendee::rsvp)
                .findFirst().orElse(null);
    }

    private boolean canEdit(Actor actor, LearningSession s) {
        return access.canManageTeam(actor, s.getTeamId())
                || s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false);
    }

    private SessionDetails.Permissions permissions(Actor actor, LearningSession s, SwapView swap) {
        boolean upcoming = s.getStatus().isUpcoming();
        boolean member = memberships.existsByTeamIdAndPersonId(s.getTeamId(), actor.personId());
        boolean leads = s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false);
        boolean manages = access.canManageTeam(actor, s.getTeamId());
        return new SessionDetails.Permissions(upcoming && (manages || leads),
                upcoming && leads && s.getStatus() == SessionStatus.PLANNED,
                upcoming && leads,
                upcoming && member && s.getFacilitatorId().isEmpty(),
                upcoming && leads && swap == null,
                upcoming && member && swap != null && swap.requestedById() != actor.personId(),
                upcoming && (manages || leads) && hasStarted(s),
                upcoming && manages,
                upcoming && member && !leads(s, actor.personId()),
                s.getStatus() == SessionStatus.HELD && (manages || leads));
    }

    private void requireMember(Actor actor, long teamId, String verb) {
        if (!memberships.existsByTeamIdAndPersonId(teamId, actor.personId())) {
            throw new NotPermittedException("Only members of the team can " + verb + ".");
        }
    }

    private LearningSession visible(Actor actor, long sessionId) {
        LearningSession s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("The session"));
        if (!access.canSeeTeam(actor, s.getTeamId())) {
            throw new NotFoundException("The session");
        }
        return s;
    }

    private void save(LearningSession s) {
        try {
            sessions.saveAndFlush(s);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This session");
        }
    }

    private static Set<Long> facilitators(SessionEdit edit) {
        Set<Long> people = new HashSet<>();
        if (edit.facilitatorId() != null) {
            people.add(edit.facilitatorId());
        }
        if (edit.coFacilitatorId() != null) {
            people.add(edit.coFacilitatorId());
        }
        return people;
    }

    /** Three people are in: the facilitators and those who said yes, the newcomer not counted twice. */
    private static boolean pairingIsFull(LearningSession s, long newcomer) {
        Set<Long> in = new HashSet<>();
        s.getFacilitatorId().ifPresent(in::add);
        s.getCoFacilitatorId().ifPresent(in::add);
        s.getAttendees().stream().filter(a -> a.rsvp() == Rsvp.YES).forEach(a -> in.add(a.personId()));
        return !in.contains(newcomer) && in.size() >= 3;
    }

    private Set<Long> teamMembers(long teamId) {
        return memberships.findMembers(teamId, "", PageRequest.of(0, 10_000)).stream()
                .map(m -> m.getPerson().getId()).collect(Collectors.toSet());
    }

    private List<SessionCard> cards(Actor actor, List<LearningSession> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(s -> {
            s.getFacilitatorId().ifPresent(ids::add);
            s.getCoFacilitatorId().ifPresent(ids::add);
        });
        var names = names(ids);
        Set<Long> swapSessions = list.isEmpty() ? Set.of() : swaps.findOpenForTeam(list.getFirst().getTeamId()).stream()
                .map(SwapRequest::getSessionId).collect(Collectors.toSet());
        List<SessionCard> cards = new ArrayList<>();
        for (LearningSession s : list) {
            Rsvp mine = s.getAttendees().stream().filter(a -> a.personId() == actor.personId()).map(Attendee::rsvp)
                    .findFirst().orElse(null);
            cards.add(new SessionCard(s.getId(), s.getFormat(), s.getTitle(), s.getStart(), s.getDurationMinutes(),
                    s.getStatus(), s.getFacilitatorId().orElse(null), name(names, s.getFacilitatorId()),
                    name(names, s.getCoFacilitatorId()), mine, swapSessions.contains(s.getId()), s.getRevision(),
                    leads(s, actor.personId())));
        }
        return cards;
    }

    private Map<Long, Person> peopleOf(LearningSession s) {
        Set<Long> ids = new HashSet<>();
        s.getFacilitatorId().ifPresent(ids::add);
        s.getCoFacilitatorId().ifPresent(ids::add);
        s.getAttendees().forEach(a -> ids.add(a.personId()));
        swaps.findBySessionIdAndStatus(s.getId(), SwapRequest.Status.OPEN).ifPresent(r -> ids.add(r.getRequestedBy()));
        return names(ids);
    }

    private Map<Long, Person> names(Collection<Long> ids) {
        return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    private static String name(Map<Long, Person> names, Optional<Long> id) {
        return id.map(names::get).map(Person::getFullName).orElse(null);
    }

    private static SessionDetails.Person person(Map<Long, Person> names, Optional<Long> id) {
        return id.map(names::get).map(p -> new SessionDetails.Person(p.getId(), p.getFullName(), p.getEmail())).orElse(null);
    }

    private static SwapView swapView(SwapRequest r, LearningSession s, Person by) {
        return new SwapView(r.getId(), s.getId(), s.getTitle(), s.getStart(), r.getRequestedBy(),
                by == null ? "someone" : by.getFullName(), r.getReason());
    }

    private LocalDate today(long teamId) {
        return LocalDate.now(clock.withZone(teams.findById(teamId).orElseThrow().getTimeZone()));
    }
}
