package org.peerplanner.domain.mentoring;

import java.time.Clock;
import java.time.Instant;
import org.peerplanner.domain.people.MentoringPeople;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nobody waits for ever: a request unanswered for {@link MentoringSettings#remindAfter} reminds its mentor once;
 * after {@link MentoringSettings#withdrawAfter} it is withdrawn, the mentee is pointed to other mentors, and the
 * silent mentor leaves the suggestions until they answer a request again.
 */
@Service
public class MentoringDeadlines {

    private final MentoringRequestRepository requests;
    private final MentorOfferRepository offers;
    private final MentoringPeople people;
    private final MentoringNews news;
    private final MentoringSettings settings;
    private final Clock clock;

    MentoringDeadlines(MentoringRequestRepository requests, MentorOfferRepository offers, MentoringPeople people,
                       MentoringNews news, MentoringSettings settings, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.people = people;
        this.news = news;
        this.settings = settings;
        this.clock = clock;
    }

    public record Outcome(int reminded, int withdrawn) {
    }

    /** One pass; safe to run again at once (each step changes the request, so nothing is told twice). */
    @Transactional
    public Outcome run() {
        Instant now = clock.instant();
        int withdrawn = 0;
        for (var request : requests.findWaitingSince(RequestStatus.PENDING, now.minus(settings.withdrawAfter()))) {
            request.withdraw(Withdrawal.NO_ANSWER, now);
            offers.markSilent(request.getMentorId(), now);
            var mentor = people.one(request.getMentorId());
            news.tell(people.one(request.getMenteeId()), "withdrawn",
                    "Your request to " + mentor.name() + " about " + request.getGoal() + " is closed",
                    "There was no answer in " + settings.withdrawAfter().toDays()
                            + " days, so you are free to ask someone else. Mentors shows who has room.",
                    "mentors", MentoringNews.requestTopic(request.getId()));
            news.tell(mentor, "withdrawn", "A request about " + request.getGoal() + " closed without an answer",
                    "No harm done. If you have no room at the moment, you can pause mentoring under My mentoring.",
                    "my-mentoring", MentoringNews.requestTopic(request.getId()));
            withdrawn++;
        }
        int reminded = 0;
        for (var request : requests.findWaitingSince(RequestStatus.PENDING, now.minus(settings.remindAfter()))) {
            if (request.getRemindedAt() != null) {
                continue;
            }
            request.reminded(now);
            news.tell(people.one(request.getMentorId()), "reminder",
                    people.one(request.getMenteeId()).name() + " is waiting for your answer about " + request.getGoal(),
                    "Accept, decline kindly, or ask for more: any answer helps.", "my-mentoring",
                    MentoringNews.requestTopic(request.getId()));
            reminded++;
        }
        return new Outcome(reminded, withdrawn);
    }
}
