package org.peerplanner.domain.roundtable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.SessionWrapUp;
import org.peerplanner.domain.action.SessionWrapUpService;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer roundtables: members bring a problem (or agree to bring one someone proposed, e.g. from their help request),
 * the page shows the prompts, and at the wrap-up each presenter commits to what they will do before the next
 * roundtable, which becomes their action item and comes back there as "how did it go?". Everything about a
 * roundtable stays with those who attend it (see {@link LearningSession#sharesNotesWith(long)}).
 */
@Service
@Transactional(readOnly = true)
public class Roundtables {

    static final String ASKED = "roundtable.asked";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);

    private final RoundtablePresenterRepository presenters;
    private final SessionLookup sessions;
    private final AttendanceService attendance;
    private final SessionWrapUpService wrapUps;
    private final TeamAccess access;
    private final TeamLookup teams;
    private final PersonLookup people;
    private final NotificationService notifications;
    private final ObjectProvider<RoundtableTopicSource> topicSources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Roundtables(RoundtablePresenterRepository presenters, SessionLookup sessions, AttendanceService attendance,
                SessionWrapUpService wrapUps, TeamAccess access, TeamLookup teams, PersonLookup people,
                NotificationService notifications, ObjectProvider<RoundtableTopicSource> topicSources,
                ApplicationEventPublisher events, Clock clock) {
        this.presenters = presenters;
        this.sessions = sessions;
        this.attendance = attendance;
        this.wrapUps = wrapUps;
        this.access = access;
        this.teams = teams;
        this.people = people;
        this.notifications = notifications;
        this.topicSources = topicSources;
        this.events = events;
        this.clock = clock;
    }

    public RoundtablePage page(Actor actor, long sessionId) {
        LearningSession s = roundtable(actor, sessionId);
        boolean shares = s.sharesNotesWith(actor.personId());
        boolean upcoming = s.getStatus().isUpcoming();
        boolean leadsOrManages = leads(actor, s) || access.canManageTeam(actor, s.getTeamId());
        var slots = presenters.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId);
        Map<Long, Person> names = people.people(slots.stream().map(RoundtablePresenter::getPersonId).toList())
                .stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        var shown = slots.stream()
                // Agreed problems are for the room; one still asked is for the person asked and those who asked.
                .filter(p -> p.getPersonId() == actor.personId()
                        || (shares && (p.isAgreed() || leadsOrManages || p.getProposedBy() == actor.personId())))
                .map(p -> new PresenterSlot(p.getId(), p.getPersonId(),
                        names.containsKey(p.getPersonId()) ? names.get(p.getPersonId()).getFullName() : "Someone",
                        p.getProblem(), p.isAgreed(), p.getOrigin().map(TopicOrigin::label).orElse(null),
                        upcoming && !p.isAgreed() && p.getPersonId() == actor.personId(),
                        upcoming && mayWithdraw(actor, s, p)))
                .toList();
        boolean mine = slots.stream().anyMatch(p -> p.getPersonId() == actor.personId());
        boolean member = teams.isMember(s.getTeamId(), actor.personId());
        boolean room = slots.size() < RoundtableRules.MAX_PRESENTERS;
        boolean mayPropose = upcoming && shares && leadsOrManages && room;
        boolean started = !clock.instant().isBefore(s.getStartsAt());
        return new RoundtablePage(sessionId, s.getVersion(), shares ? s.getTitle() : s.getTitleBeyondAttendees(),
                !shares, RoundtableRules.PROMPTS, shown, mayPropose ? candidates(actor, s, slots) : List.of(),
                upcoming && member && !mine && !leads(actor, s) && room, mayPropose,
                upcoming && started && shares && leadsOrManages);
    }

    /** The viewer brings a problem of their own: agreed at once, and they come. */
    @Transactional
    public SessionDetails bring(Actor actor, long sessionId, String problem) {
        LearningSession s = upcomingRoundtable(actor, sessionId);
        if (!teams.isMember(s.getTeamId(), actor.personId())) {
            throw new NotPermittedException("Only members of the team can bring a problem to its roundtable.");
        }
        String line = RoundtableRules.problem(problem);
        requireMayPresent(s, actor.personId());
        var asked = presenters.findBySessionIdAndPersonId(sessionId, actor.personId());
        if (asked.isPresent()) {
            throw InvalidInputException.of("problem", asked.get().isAgreed()
                    ? "You already bring a problem to this roundtable."
                    : "You are already asked to bring one: agree to it, or say no and bring your own.");
        }
        RoundtableRules.roomForAnother(presenters.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId).size());
        presenters.saveAndFlush(new RoundtablePresenter(sessionId, actor.personId(), line, null, actor.personId(),
                clock.instant()));
        return attendance.answer(actor, sessionId, Rsvp.YES);
    }

    /**
     * A lead or manager who attends proposes someone's problem, optionally from a source such as a help request.
     * It counts once that person agrees; they are asked in their notifications.
     */
    @Transactional
    public long propose(Actor actor, long sessionId, long personId, String problem, TopicOrigin origin) {
        LearningSession s = upcomingRoundtable(actor, sessionId);
        if (!(leads(actor, s) || access.canManageTeam(actor, s.getTeamId())) || !s.sharesNotesWith(actor.personId())) {
            throw new NotPermittedException("Only the roundtable's facilitators and the team's managers who attend "
                    + "it can propose a topic.");
        }
        if (!teams.isMember(s.getTeamId(), personId)) {
            throw InvalidInputException.of("personId", "Choose a member of the team to bring the problem.");
        }
        String line = RoundtableRules.problem(problem);
        requireMayPresent(s, personId);
        if (presenters.findBySessionIdAndPersonId(sessionId, personId).isPresent()) {
            throw InvalidInputException.of("personId", "They already have a slot at this roundtable.");
        }
        RoundtableRules.roomForAnother(presenters.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId).size());
        var slot = presenters.saveAndFlush(new RoundtablePresenter(sessionId, personId, line, origin,
                actor.personId(), clock.instant()));
        if (personId != actor.personId()) {
            notifications.notify(personId, ASKED, "Will you bring a problem to a peer roundtable?",
                    s.getStart().format(WHEN) + ": \u201c" + line + "\u201d. Agree or say no on the roundtable's page.",
                    "sessions/" + sessionId);
        }
        return slot.getId();
    }

    /** The person asked agrees to bring the proposed problem: it counts, and they come. */
    @Transactional
    public SessionDetails agree(Actor actor, long slotId) {
        RoundtablePresenter slot = slot(actor, slotId);
        upcomingRoundtable(actor, slot.getSessionId());
        if (slot.getPersonId() != actor.personId()) {
            throw new NotPermittedException("Only the person asked can agree to bring this problem.");
        }
        if (!slot.isAgreed()) {
            slot.agree(clock.instant());
            presenters.saveAndFlush(slot);
            slot.getOrigin().ifPresent(origin -> events.publishEvent(
                    new RoundtableTopicAgreed(slot.getSessionId(), actor.personId(), origin)));
        }
        return attendance.answer(actor, slot.getSessionId(), Rsvp.YES);
    }

    /** The presenter says no or steps back, or whoever proposed it, a lead or a manager takes the slot away. */
    @Transactional
    public void withdraw(Actor actor, long slotId) {
        RoundtablePresenter slot = slot(actor, slotId);
        LearningSession s = upcomingRoundtable(actor, slot.getSessionId());
        if (!mayWithdraw(actor, s, slot)) {
            throw new NotPermittedException("Only the presenter, who proposed it, the facilitators and the team's "
                    + "managers can take this slot away.");
        }
        presenters.delete(slot);
    }

    /**
     * The roundtable's wrap-up: takeaways (for the attendees only) and one commitment per agreed presenter, each
     * saved as that presenter's action item, due by the team's next roundtable. All or nothing; problems are keyed
     * "commitment.&lt;slot id&gt;" and "takeaways".
     */
    @Transactional
    public SessionDetails wrapUp(Actor actor, long sessionId, long expectedVersion, String takeaways,
                                 List<Commitment> commitments) {
        LearningSession s = roundtable(actor, sessionId);
        if (!s.sharesNotesWith(actor.personId())) {
            throw new NotPermittedException("Only those who attend a roundtable wrap it up: its notes stay with them.");
        }
        if (!s.getStatus().isUpcoming()) {
            // Commitments are made once, in the room; takeaways can still be edited on the page.
            throw InvalidInputException.of("status", "This roundtable is already wrapped up.");
        }
        var agreed = presenters.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId).stream()
                .filter(RoundtablePresenter::isAgreed).toList();
        Map<Long, String> said = new LinkedHashMap<>();
        commitments.forEach(c -> said.put(c.presenterSlotId(), c.text()));
        Map<String, String> problems = new LinkedHashMap<>();
        List<ActionItemDraft> drafts = new ArrayList<>();
        LocalDate due = nextRoundtableDay(s);
        for (RoundtablePresenter p : agreed) {
            String problem = RoundtableRules.commitmentProblem(said.get(p.getId()));
            if (problem != null) {
                problems.put("commitment." + p.getId(), problem);
            } else {
                drafts.add(new ActionItemDraft(said.get(p.getId()).strip(), p.getPersonId(), due));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return wrapUps.wrapUp(actor, sessionId, expectedVersion,
                    new SessionWrapUp(takeaways, drafts, s.getMaterials()));
        } catch (InvalidInputException e) {
            Map<String, String> mapped = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> mapped.put(commitmentField(field, agreed), message));
            throw new InvalidInputException(mapped);
        }
    }

    /** The day of the team's next roundtable after this one, or null for the action items' own default. */
    private LocalDate nextRoundtableDay(LearningSession s) {
        LocalDate from = s.getSlotDate().plusDays(1);
        return sessions.fromSlot(s.getTeamId(), from, EnumSet.of(SessionStatus.PLANNED, SessionStatus.CONFIRMED))
                .stream().filter(next -> next.getFormat() == SessionFormat.ROUNDTABLE)
                .filter(next -> next.getStartsAt().isAfter(clock.instant()))
                .findFirst().map(next -> next.getStart().toLocalDate()).orElse(null);
    }

    /** "items.1.description" from the action items becomes the field of the second agreed presenter's commitment. */
    private static String commitmentField(String field, List<RoundtablePresenter> agreed) {
        if (field.startsWith("items.")) {
            String[] parts = field.split("\\.");
            int index = Integer.parseInt(parts[1]);
            return index < agreed.size() ? "commitment." + agreed.get(index).getId() : field;
        }
        return field;
    }

    private List<TopicCandidate> candidates(Actor actor, LearningSession s, List<RoundtablePresenter> slots) {
        Set<Long> taken = slots.stream().map(RoundtablePresenter::getPersonId).collect(Collectors.toSet());
        return topicSources.orderedStream().flatMap(source -> source.candidates(actor, s.getTeamId()).stream())
                .filter(c -> !taken.contains(c.personId()) && !leadsPerson(s, c.personId()))
                .limit(5).toList();
    }

    private void requireMayPresent(LearningSession s, long personId) {
        if (leadsPerson(s, personId)) {
            throw InvalidInputException.of("personId", "The facilitator keeps the room; someone else presents.");
        }
    }

    private boolean mayWithdraw(Actor actor, LearningSession s, RoundtablePresenter p) {
        return p.getPersonId() == actor.personId() || p.getProposedBy() == actor.personId() || leads(actor, s)
                || access.canManageTeam(actor, s.getTeamId());
    }

    private RoundtablePresenter slot(Actor actor, long slotId) {
        return presenters.findById(slotId)
                .filter(p -> sessions.session(p.getSessionId()).map(s -> access.canSeeTeam(actor, s.getTeamId()))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("The presenter slot"));
    }

    private LearningSession upcomingRoundtable(Actor actor, long sessionId) {
        LearningSession s = roundtable(actor, sessionId);
        if (!s.getStatus().isUpcoming()) {
            throw InvalidInputException.of("status", "This roundtable is " + s.getStatus().label().toLowerCase()
                    + ": its presenters are settled.");
        }
        return s;
    }

    private LearningSession roundtable(Actor actor, long sessionId) {
        LearningSession s = sessions.session(sessionId).filter(x -> access.canSeeTeam(actor, x.getTeamId()))
                .orElseThrow(() -> new NotFoundException("The session"));
        if (s.getFormat() != SessionFormat.ROUNDTABLE) {
            throw InvalidInputException.of("session", "This session is not a peer roundtable.");
        }
        return s;
    }

    private static boolean leads(Actor actor, LearningSession s) {
        return leadsPerson(s, actor.personId());
    }

    private static boolean leadsPerson(LearningSession s, long personId) {
        return s.isLedBy(personId);
    }
}
