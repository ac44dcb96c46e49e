package org.peerplanner.domain.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.people.MentoringPeople;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mentee asks; the mentor accepts, declines or asks for more; the mentee answers or takes the request back. Each
 * step is one transaction that writes everything or nothing; a request belongs to its two people and answers "not
 * found" to anyone else.
 */
@Service
@Transactional(readOnly = true)
public class MentoringRequests {

    static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.PENDING, RequestStatus.MORE_INFO);
    /** Offered in the decline dialog; kind, and true whatever the real reason. */
    public static final String STOCK_DECLINE =
            "Thank you for asking me. I can't take this on right now, and I hope one of the other mentors can.";

    private final MentoringRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final MentorOfferRepository offers;
    private final OfferRows rows;
    private final MentoringPeople people;
    private final MentoringNews news;
    private final MentoringSettings settings;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentoringRequests(MentoringRequestRepository requests, MentorshipRepository mentorships,
                      MentorOfferRepository offers, OfferRows rows, MentoringPeople people, MentoringNews news,
                      MentoringSettings settings, CommandValidator validator, ApplicationEventPublisher events,
                      Clock clock) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.offers = offers;
        this.rows = rows;
        this.people = people;
        this.news = news;
        this.settings = settings;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Asks a mentor; returns the request's id. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long ask(Actor actor, MentoringAsk ask) {
        validator.check(ask);
        if (ask.mentorId() == actor.personId()) {
            throw InvalidInputException.of("mentor", "You cannot ask yourself to be your mentor.");
        }
        var mentor = people.find(java.util.List.of(ask.mentorId())).stream().findFirst()
                .filter(MentoringPeople.MentoringPerson::available)
                .orElseThrow(() -> new NotFoundException("The mentor"));
        rows.ensure(mentor.id());
        var offer = offers.findById(mentor.id()).orElseThrow();
        if (offer.pausedOn(LocalDate.now(clock))) {
            throw InvalidInputException.of("mentor", mentor.name() + " has paused mentoring until "
                    + MentorOffers.DAY.format(offer.getPausedUntil()) + ". Try another mentor, or ask again then.");
        }
        if (offer.getMenteesTaken() >= mentor.capacity()) {
            throw InvalidInputException.of("mentor", mentor.name() + " has no places free at the moment.");
        }
        if (requests.countByMenteeIdAndStatusIn(actor.personId(), OPEN) >= settings.maxOpenRequests()) {
            throw InvalidInputException.of("mentor", "You have " + settings.maxOpenRequests()
                    + " requests waiting already. Wait for an answer, or take one back, before asking someone else.");
        }
        if (requests.existsByMenteeIdAndMentorIdAndGoalKeyAndStatusIn(actor.personId(), mentor.id(),
                MentoringRequest.goalKey(ask.goal()), OPEN)) {
            throw InvalidInputException.of("goal", "You have asked " + mentor.name() + " about this already.");
        }
        var request = requests.save(new MentoringRequest(actor.personId(), mentor.id(), ask.goal(), ask.message(),
                ask.rhythm(), clock.instant()));
        var mentee = people.one(actor.personId());
        news.tell(mentor, "requested", mentee.name() + " asks you to mentor them in " + request.getGoal(),
                request.getMessage(), "my-mentoring", MentoringNews.requestTopic(request.getId()));
        return request.getId();
    }

    /**
     * The mentor says yes and the pair's rhythm. One transaction: the request must still be open (guarded UPDATE),
     * the mentor must have a place (guarded UPDATE on the counter), and the mentee must not have a running
     * mentorship for this goal (unique key). The mentee's other open requests for the goal are withdrawn and those
     * mentors told. Returns the new mentorship's id.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long accept(Actor actor, long requestId, MeetingPlan plan) {
        validator.check(plan);
        if (plan.startsOn().isBefore(LocalDate.now(clock))) {
            throw InvalidInputException.of("startsOn", "Start today or later.");
        }
        var seen = forMentor(actor, requestId);
        long menteeId = seen.getMenteeId();
        String goalKey = seen.getGoalKey();
        var open = requests.lockOpenForGoal(menteeId, goalKey, OPEN);
        if (requests.accept(requestId, actor.personId(), OPEN, clock.instant()) == 0) {
            throw InvalidInputException.of("request", "This request is no longer open: "
                    + "the mentee found a mentor for it or took it back.");
        }
        var mentor = people.one(actor.personId());
        if (!mentor.available()) {
            throw InvalidInputException.of("request", "Switch on \"available for mentoring\" before taking a mentee.");
        }
        rows.ensure(actor.personId());
        if (offers.takePlace(actor.personId(), mentor.capacity()) == 0) {
            throw InvalidInputException.of("request", "All your places are taken. End a mentorship or raise your "
                    + "capacity before accepting.");
        }
        requests.withdrawOthers(menteeId, goalKey, requestId, OPEN, clock.instant());
        var accepted = requests.findById(requestId).orElseThrow();
        Mentorship mentorship;
        try {
            mentorship = mentorships.saveAndFlush(new Mentorship(accepted, plan, clock.instant()));
        } catch (DataIntegrityViolationException twoMentors) {
            throw InvalidInputException.of("request", "This mentee already has a mentor for this goal.");
        }
        offers.markHeard(actor.personId(), clock.instant());
        var mentee = people.one(menteeId);
        news.tell(mentee, "accepted", mentor.name() + " will mentor you in " + accepted.getGoal(),
                plan.rhythm().label() + " on " + plan.weekday().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH) + "s at " + plan.time() + ", from " + MentorOffers.DAY.format(plan.startsOn()),
                "mentorships/" + mentorship.getId(), MentoringNews.mentorshipTopic(mentorship.getId()));
        open.stream().filter(r -> !r.getId().equals(requestId)).forEach(other ->
                news.tell(people.one(other.getMentorId()), "withdrawn",
                        mentee.name() + " found a mentor for " + other.getGoal(),
                        "Their request to you is closed; nothing for you to do. Thank you for being there.",
                        "my-mentoring", MentoringNews.requestTopic(other.getId())));
        events.publishEvent(new MentorshipCalendarChange(mentorship.getId()));
        events.publishEvent(MentorshipStarted.of(mentorship));
        return mentorship.getId();
    }

    @Transactional
    public void decline(Actor actor, long requestId, String note) {
        if (note != null && note.strip().length() > 500) {
            throw InvalidInputException.of("note", "A note has at most 500 characters.");
        }
        var request = openForMentor(actor, requestId);
        request.decline(note, clock.instant());
        offers.markHeard(actor.personId(), clock.instant());
        var mentor = people.one(actor.personId());
        news.tell(people.one(request.getMenteeId()), "declined",
                mentor.name() + " cannot take you on for " + request.getGoal() + " right now",
                request.getDeclineNote() == null ? "Other mentors may well have room: have a look at Mentors."
                        : request.getDeclineNote(), "mentors", MentoringNews.requestTopic(requestId));
    }

    @Transactional
    public void askForMore(Actor actor, long requestId, String question) {
        if (question == null || question.isBlank()) {
            throw InvalidInputException.of("note", "Write what you would like to know.");
        }
        if (question.strip().length() > 500) {
            throw InvalidInputException.of("note", "A question has at most 500 characters.");
        }
        var request = openForMentor(actor, requestId);
        request.askForMore(question);
        offers.markHeard(actor.personId(), clock.instant());
        news.tell(people.one(request.getMenteeId()), "more-info",
                people.one(actor.personId()).name() + " would like to know more about your request",
                request.getQuestion(), "my-mentoring", MentoringNews.requestTopic(requestId));
    }

    /** The mentee answers the mentor's question; the mentor owes an answer again, from now. */
    @Transactional
    public void answer(Actor actor, long requestId, String answer) {
        if (answer == null || answer.isBlank()) {
            throw InvalidInputException.of("note", "Write your answer.");
        }
        if (answer.strip().length() > 1000) {
            throw InvalidInputException.of("note", "An answer has at most 1000 characters.");
        }
        var request = forMentee(actor, requestId);
        if (request.getStatus() != RequestStatus.MORE_INFO) {
            throw InvalidInputException.of("note", "Nobody is waiting for an answer on this request.");
        }
        request.answer(answer, clock.instant());
        news.tell(people.one(request.getMentorId()), "answered",
                people.one(actor.personId()).name() + " answered your question", request.getAnswer(),
                "my-mentoring", MentoringNews.requestTopic(requestId));
    }

    @Transactional
    public void withdraw(Actor actor, long requestId) {
        var request = forMentee(actor, requestId);
        if (!request.getStatus().open()) {
            throw InvalidInputException.of("request", "This request is no longer open.");
        }
        request.withdraw(Withdrawal.BY_MENTEE, clock.instant());
        news.tell(people.one(request.getMentorId()), "withdrawn",
                people.one(actor.personId()).name() + " no longer needs an answer about " + request.getGoal(),
                null, "my-mentoring", MentoringNews.requestTopic(requestId));
    }

    private MentoringRequest forMentor(Actor actor, long requestId) {
        return requests.findById(requestId).filter(r -> r.getMentorId() == actor.personId())
                .orElseThrow(() -> new NotFoundException("The request"));
    }

    private MentoringRequest openForMentor(Actor actor, long requestId) {
        var request = forMentor(actor, requestId);
        if (!request.getStatus().open()) {
            throw InvalidInputException.of("request", "This request is no longer open.");
        }
        return request;
    }

    private MentoringRequest forMentee(Actor actor, long requestId) {
        return requests.findByIdAndMenteeId(requestId, actor.personId())
                .orElseThrow(() -> new NotFoundException("The request"));
    }
}
