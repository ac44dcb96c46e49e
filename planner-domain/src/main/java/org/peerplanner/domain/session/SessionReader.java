package org.peerplanner.domain.session;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
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
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Component;

/** A session as a page or a list shows it, with what the viewer may do there. */
@Component
class SessionReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final SessionRepository sessions;
    private final SwapRequestRepository swaps;
    private final TeamLookup teams;
    private final PersonLookup people;
    private final TeamAccess access;
    private final GapService gaps;
    private final SessionSteps steps;

    SessionReader(SessionRepository sessions, SwapRequestRepository swaps, TeamLookup teams, PersonLookup people,
                  TeamAccess access, GapService gaps, SessionSteps steps) {
        this.sessions = sessions;
        this.swaps = swaps;
        this.teams = teams;
        this.people = people;
        this.access = access;
        this.gaps = gaps;
        this.steps = steps;
    }

    SessionDetails details(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        Team team = teams.team(s.getTeamId()).orElseThrow();
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
        if (!s.sharesNotesWith(actor.personId())) {
            // A roundtable the viewer does not attend: when and who, never what was brought or said.
            return new SessionDetails(s.getId(), s.getVersion(), s.getUid(), s.getTeamId(), team.getName(),
                    s.getFormat(), s.getTitleBeyondAttendees(), null, s.getStart(), s.getDurationMinutes(),
                    s.getLocation(), person(names, s.getFacilitatorId()), person(names, s.getCoFacilitatorId()), null,
                    null, List.of(), attendees, List.of(), null, s.getStatus(), s.getCancelReason(), s.getRevision(),
                    swap, withheld(permissions(actor, s, swap)), rsvpOf(actor, s), twoWeeksRunning(actor, s, swap),
                    true);
        }
        return new SessionDetails(s.getId(), s.getVersion(), s.getUid(), s.getTeamId(), team.getName(), s.getFormat(),
                s.getTitle(), s.getAgenda(), s.getStart(), s.getDurationMinutes(), s.getLocation(),
                person(names, s.getFacilitatorId()), person(names, s.getCoFacilitatorId()), s.getPairingFocus(),
                s.getChangeLink(), gapRefs, attendees, s.getMaterials(), s.getTakeaways(), s.getStatus(),
                s.getCancelReason(), s.getRevision(), swap, permissions(actor, s, swap), rsvpOf(actor, s),
                twoWeeksRunning(actor, s, swap), false);
    }

    /** Editing or writing takeaways would need the withheld text: a manager who does not attend may still cancel. */
    private static SessionDetails.Permissions withheld(SessionDetails.Permissions may) {
        return new SessionDetails.Permissions(false, may.accept(), may.decline(), may.volunteer(), may.requestSwap(),
                may.takeSwap(), false, may.cancel(), may.answer(), false, may.setBack());
    }

    List<SessionCard> cards(Actor actor, List<LearningSession> list) {
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
            String title = s.sharesNotesWith(actor.personId()) ? s.getTitle() : s.getTitleBeyondAttendees();
            cards.add(new SessionCard(s.getId(), s.getFormat(), title, s.getStart(), s.getDurationMinutes(),
                    s.getStatus(), s.getFacilitatorId().orElse(null), name(names, s.getFacilitatorId()),
                    name(names, s.getCoFacilitatorId()), mine, swapSessions.contains(s.getId()), s.getRevision(),
                    leads(s, actor.personId())));
        }
        return cards;
    }

    Map<Long, Person> names(Collection<Long> ids) {
        return people.people(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    static String name(Map<Long, Person> names, Optional<Long> id) {
        return id.map(names::get).map(Person::getFullName).orElse(null);
    }

    static SessionDetails.Person person(Map<Long, Person> names, Optional<Long> id) {
        return id.map(names::get).map(p -> new SessionDetails.Person(p.getId(), p.getFullName(), p.getEmail())).orElse(null);
    }

    static SwapView swapView(SwapRequest r, LearningSession s, Person by) {
        return new SwapView(r.getId(), s.getId(), s.getTitleBeyondAttendees(), s.getStart(), r.getRequestedBy(),
                by == null ? "someone" : by.getFullName(), r.getReason());
    }

    Map<Long, Person> peopleOf(LearningSession s) {
        Set<Long> ids = new HashSet<>();
        s.getFacilitatorId().ifPresent(ids::add);
        s.getCoFacilitatorId().ifPresent(ids::add);
        s.getAttendees().forEach(a -> ids.add(a.personId()));
        swaps.findBySessionIdAndStatus(s.getId(), SwapRequest.Status.OPEN).ifPresent(r -> ids.add(r.getRequestedBy()));
        return names(ids);
    }

    Optional<String> gapTitle(Actor actor, long gapId) {
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
    String twoWeeksRunning(Actor actor, LearningSession s, SwapView swap) {
        boolean leadsIt = s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false);
        boolean mayTakeIt = swap != null && swap.requestedById() != actor.personId()
                && teams.isMember(s.getTeamId(), actor.personId());
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
                        + (other.sharesNotesWith(actor.personId()) ? other.getTitle() : other.getTitleBeyondAttendees())
                        + "\u201d on " + other.getStart().format(DAY)
                        + ". Ask for a swap on one of them if that is too much.")
                .orElse(null);
    }

    static boolean leads(LearningSession s, long personId) {
        return s.isLedBy(personId);
    }

    /** The viewer's own answer for the page's RSVP buttons; none for those who lead it (they come by definition). */
    static Rsvp rsvpOf(Actor actor, LearningSession s) {
        if (leads(s, actor.personId())) {
            return null;
        }
        return s.getAttendees().stream().filter(a -> a.personId() == actor.personId()).map(Attendee::rsvp)
                .findFirst().orElse(null);
    }

    SessionDetails.Permissions permissions(Actor actor, LearningSession s, SwapView swap) {
        boolean upcoming = s.getStatus().isUpcoming();
        boolean member = teams.isMember(s.getTeamId(), actor.personId());
        boolean leads = s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false);
        boolean manages = access.canManageTeam(actor, s.getTeamId());
        return new SessionDetails.Permissions(upcoming && (manages || leads),
                upcoming && leads && s.getStatus() == SessionStatus.PLANNED,
                upcoming && leads,
                upcoming && member && s.getFacilitatorId().isEmpty(),
                upcoming && leads && swap == null,
                upcoming && member && swap != null && swap.requestedById() != actor.personId(),
                upcoming && (manages || leads) && steps.hasStarted(s),
                upcoming && manages,
                upcoming && member && !leads(s, actor.personId()),
                s.getStatus() == SessionStatus.HELD && (manages || leads),
                s.getStatus() == SessionStatus.HELD && (manages || leads));
    }
}
