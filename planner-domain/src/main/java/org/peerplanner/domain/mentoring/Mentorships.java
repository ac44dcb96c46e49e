package org.peerplanner.domain.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.people.MentoringPeople;
import org.peerplanner.domain.people.MentoringPeople.MentoringPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running mentorships: the pair's page, pausing, ending (either side, any time, a private reason, a neutral word
 * to the other) and their shared notes. Only the two people see a mentorship; to anyone else it is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Mentorships {

    private final MentorshipRepository mentorships;
    private final MentoringRequestRepository requests;
    private final MentorOfferRepository offers;
    private final MentorOffers offerViews;
    private final MentoringPeople people;
    private final MentoringNews news;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mentorships(MentorshipRepository mentorships, MentoringRequestRepository requests, MentorOfferRepository offers,
                MentorOffers offerViews, MentoringPeople people, MentoringNews news, ApplicationEventPublisher events,
                Clock clock) {
        this.mentorships = mentorships;
        this.requests = requests;
        this.offers = offers;
        this.offerViews = offerViews;
        this.people = people;
        this.news = news;
        this.events = events;
        this.clock = clock;
    }

    public MyMentoring mine(Actor actor) {
        long me = actor.personId();
        var asMentor = requests.findByMentorIdOrderByCreatedAtDesc(me);
        var asMentee = requests.findByMenteeIdOrderByCreatedAtDesc(me);
        var ships = mentorships.findInvolving(me);
        Set<Long> ids = new HashSet<>();
        asMentor.forEach(r -> ids.add(r.getMenteeId()));
        asMentee.forEach(r -> ids.add(r.getMentorId()));
        ships.forEach(s -> ids.add(s.partnerOf(me)));
        Map<Long, String> names = people.find(ids).stream()
                .collect(Collectors.toMap(MentoringPerson::id, MentoringPerson::name));
        Function<MentoringRequest, RequestRow> row = r -> row(r, me, names);
        Function<Mentorship, MentorshipRow> shipRow = s -> new MentorshipRow(s.getId(), names.get(s.partnerOf(me)),
                s.getGoal(), s.getMentorId() == me, s.getState(), summary(s));
        return new MyMentoring(offerViews.myOffer(actor),
                asMentor.stream().filter(r -> r.getStatus().open()).map(row).toList(),
                ships.stream().filter(s -> s.getState().running() && s.getMentorId() == me).map(shipRow).toList(),
                asMentee.stream().filter(r -> r.getStatus().open()).map(row).toList(),
                ships.stream().filter(s -> s.getState().running() && s.getMenteeId() == me).map(shipRow).toList(),
                ships.stream().filter(s -> !s.getState().running()).map(shipRow).toList(),
                asMentee.stream().filter(r -> !r.getStatus().open()).limit(10).map(row).toList());
    }

    public MentorshipPage page(Actor actor, long mentorshipId) {
        var ship = involving(actor, mentorshipId);
        var mentor = people.one(ship.getMentorId());
        var mentee = people.one(ship.getMenteeId());
        var viewer = actor.personId() == mentor.id() ? mentor : mentee;
        boolean running = ship.getState().running();
        String ended = running ? null : ship.getEndedBy() != null && ship.getEndedBy() == actor.personId()
                ? "You ended the mentorship on " + MentorOffers.DAY.format(ship.getEndedOn()) + ". Thanks for the time together."
                : (ship.getEndedBy() == null ? "The mentorship" : people.one(ship.getEndedBy()).name())
                + " has ended the mentorship. Thanks for the time together.";
        String ownReason = ship.getEndedBy() != null && ship.getEndedBy() == actor.personId() ? ship.getEndReason() : null;
        return new MentorshipPage(ship.getId(), ship.getVersion(), mentor.name(), mentee.name(), ship.getGoal(),
                ship.plan(), rhythmText(ship.plan(), mentor.zone()), nextMeeting(ship, mentor.zone(), viewer.zone()),
                ship.getState(), ended, ownReason, ship.getSharedNotes(), actor.personId() == mentor.id(),
                ship.getState() == MentorshipState.ACTIVE, ship.getState() == MentorshipState.PAUSED, running, running);
    }

    @Transactional
    public void pauseUntil(Actor actor, long mentorshipId, long expectedVersion, LocalDate until) {
        var ship = current(actor, mentorshipId, expectedVersion);
        if (ship.getState() != MentorshipState.ACTIVE) {
            throw InvalidInputException.of("pausedUntil", "Only an active mentorship can pause.");
        }
        if (until == null || !until.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("pausedUntil", "Pause until a day after today.");
        }
        ship.pauseUntil(until, clock.instant());
        tellPartner(actor, ship, "paused", " paused your mentorship until " + MentorOffers.DAY.format(until), null);
        events.publishEvent(new MentorshipCalendarChange(ship.getId()));
    }

    @Transactional
    public void resume(Actor actor, long mentorshipId, long expectedVersion) {
        var ship = current(actor, mentorshipId, expectedVersion);
        if (ship.getState() != MentorshipState.PAUSED) {
            throw InvalidInputException.of("state", "This mentorship is not paused.");
        }
        ship.resume(clock.instant());
        tellPartner(actor, ship, "resumed", " resumed your mentorship", null);
        events.publishEvent(new MentorshipCalendarChange(ship.getId()));
    }

    /**
     * Either side ends it, whenever they like. The reason stays private; the other is told plainly and kindly.
     * "Goal reached" records it as completed, otherwise it ended early: both are ordinary outcomes.
     */
    @Transactional
    public void end(Actor actor, long mentorshipId, long expectedVersion, boolean goalReached, String privateReason) {
        if (privateReason != null && privateReason.strip().length() > 500) {
            throw InvalidInputException.of("note", "A reason has at most 500 characters.");
        }
        var ship = current(actor, mentorshipId, expectedVersion);
        if (!ship.getState().running()) {
            throw InvalidInputException.of("state", "This mentorship has ended already.");
        }
        ship.end(actor.personId(), goalReached, privateReason, LocalDate.now(clock), clock.instant());
        mentorships.flush();
        offers.freePlace(ship.getMentorId());
        tellPartner(actor, ship, "ended", " has ended the mentorship. Thanks for the time together.", null);
        events.publishEvent(new MentorshipCalendarChange(ship.getId()));
        if (ship.getState() == MentorshipState.COMPLETED) {
            events.publishEvent(MentorshipCompleted.of(ship));
        }
    }

    @Transactional
    public void writeNotes(Actor actor, long mentorshipId, long expectedVersion, String notes) {
        if (notes != null && notes.strip().length() > 4000) {
            throw InvalidInputException.of("notes", "Shared notes have at most 4000 characters.");
        }
        current(actor, mentorshipId, expectedVersion).writeNotes(notes);
        mentorships.flush();
    }

    /**
     * For a personal calendar feed: the person's mentorships as series, mentor or mentee alike, the running ones and
     * those that ended on or after {@code endedSince} (their past meetings stay in the calendar until then). Two
     * statements: the mentorships, then everyone in them.
     */
    public List<MentorshipSeries> seriesOf(long personId, LocalDate endedSince) {
        var ships = mentorships.findInvolving(personId).stream()
                .filter(s -> s.getState().running() || (s.getEndedOn() != null && !s.getEndedOn().isBefore(endedSince)))
                .toList();
        if (ships.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        ships.forEach(s -> {
            ids.add(s.getMentorId());
            ids.add(s.getMenteeId());
        });
        Map<Long, MentoringPerson> byId = people.find(ids).stream()
                .collect(Collectors.toMap(MentoringPerson::id, Function.identity()));
        return ships.stream().map(s -> series(s, byId.get(s.getMentorId()), byId.get(s.getMenteeId())))
                .sorted(java.util.Comparator.comparingLong(MentorshipSeries::id)).toList();
    }

    private static MentorshipSeries series(Mentorship ship, MentoringPerson mentor, MentoringPerson mentee) {
        return new MentorshipSeries(ship.getId(), ship.getCalendarSequence(), ship.getGoal(), ship.plan(),
                mentor.zone(), mentor.name(), mentor.email(), mentee.name(), mentee.email(), ship.getState(),
                ship.getPausedUntil(), ship.getEndedOn(), ship.getCalendarChangedAt());
    }

    /** For calendars: the mentorship's series as it stands, or empty when it is gone. */
    public java.util.Optional<MentorshipSeries> series(long mentorshipId) {
        return mentorships.findById(mentorshipId)
                .map(ship -> series(ship, people.one(ship.getMentorId()), people.one(ship.getMenteeId())));
    }

    private void tellPartner(Actor actor, Mentorship ship, String kind, String what, String detail) {
        var partner = people.one(ship.partnerOf(actor.personId()));
        news.tell(partner, kind, people.one(actor.personId()).name() + what, detail, "mentorships/" + ship.getId(),
                MentoringNews.mentorshipTopic(ship.getId()));
    }

    private Mentorship involving(Actor actor, long mentorshipId) {
        return mentorships.findById(mentorshipId).filter(s -> s.involves(actor.personId()))
                .orElseThrow(() -> new NotFoundException("The mentorship"));
    }

    private Mentorship current(Actor actor, long mentorshipId, long expectedVersion) {
        var ship = involving(actor, mentorshipId);
        if (ship.getVersion() != expectedVersion) {
            throw new ConflictException("This mentorship");
        }
        return ship;
    }

    private RequestRow row(MentoringRequest r, long me, Map<Long, String> names) {
        boolean mentor = r.getMentorId() == me;
        boolean open = r.getStatus().open();
        return new RequestRow(r.getId(), r.getVersion(), mentor ? null : names.get(r.getMentorId()),
                mentor ? names.get(r.getMenteeId()) : null, r.getGoal(), r.getMessage(), r.getRhythm(), r.getStatus(),
                statusText(r, mentor), r.getQuestion(), r.getAnswer(), r.getDeclineNote(), r.getCreatedAt(), mentor,
                mentor && open, mentor && open, mentor && r.getStatus() == RequestStatus.PENDING,
                !mentor && r.getStatus() == RequestStatus.MORE_INFO, !mentor && open);
    }

    private static String statusText(MentoringRequest r, boolean viewerIsMentor) {
        return switch (r.getStatus()) {
            case PENDING -> viewerIsMentor ? "Waiting for your answer" : "Waiting for an answer";
            case MORE_INFO -> viewerIsMentor ? "Waiting for their answer" : "Asked you for more";
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined";
            case WITHDRAWN -> switch (r.getWithdrawal()) {
                case OTHER_MENTOR -> "Closed: found a mentor for this";
                case NO_ANSWER -> "Closed: no answer in time";
                case BY_MENTEE -> "Taken back";
            };
        };
    }

    private static String summary(Mentorship s) {
        return switch (s.getState()) {
            case ACTIVE -> s.plan().rhythm().label() + ", " + day(s.plan().weekday()) + " " + s.plan().time();
            case PAUSED -> "Paused until " + MentorOffers.DAY.format(s.getPausedUntil());
            case COMPLETED -> "Completed " + MentorOffers.DAY.format(s.getEndedOn());
            case ENDED_EARLY -> "Ended " + MentorOffers.DAY.format(s.getEndedOn());
        };
    }

    static String rhythmText(MeetingPlan plan, ZoneId zone) {
        return plan.rhythm().label() + " on " + day(plan.weekday()) + " at " + plan.time() + " (" + zone.getId()
                + "), " + plan.durationMinutes() + " minutes";
    }

    private static String day(java.time.DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The next meeting from today, in the mentor's zone shown in the viewer's; null unless active. */
    private ZonedDateTime nextMeeting(Mentorship ship, ZoneId mentorZone, ZoneId viewerZone) {
        if (ship.getState() != MentorshipState.ACTIVE) {
            return null;
        }
        var plan = ship.plan();
        var now = ZonedDateTime.now(clock.withZone(mentorZone));
        var first = plan.startsOn().with(TemporalAdjusters.nextOrSame(plan.weekday())).atTime(plan.time()).atZone(mentorZone);
        var next = first;
        int step = 0;
        while (next.isBefore(now) && step < 1000) {
            step++;
            next = plan.rhythm() == Rhythm.MONTHLY ? sameWeekdayOfMonth(first, step)
                    : first.plusWeeks((long) step * plan.rhythm().weeks());
        }
        return next.withZoneSameInstant(viewerZone);
    }

    /** Monthly meetings keep their place in the month (the 2nd Tuesday), as the calendar series does. */
    private static ZonedDateTime sameWeekdayOfMonth(ZonedDateTime first, int months) {
        int ordinal = Math.min((first.getDayOfMonth() - 1) / 7 + 1, 4);
        return first.plusMonths(months).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, first.getDayOfWeek()));
    }
}
