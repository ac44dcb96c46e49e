package org.peerplanner.domain.help;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.session.AgreedPairings;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thread of a request: replies, offers to pair (accepted, they become a pairing session with its invite), the
 * answer that helped, and what an ended request becomes: an article, or a knowledge gap when it stayed unsolved.
 * Each step is one transaction that writes everything or nothing.
 */
@Service
@Transactional(readOnly = true)
public class HelpAnswers {

    static final int ARTICLE_REVIEW_MONTHS = 6;

    private final HelpRequestRepository requests;
    private final HelpAnswerRepository answers;
    private final HelpGuard guard;
    private final HelpNews news;
    private final TeamLookup teams;
    private final AgreedPairings pairings;
    private final ArticleService articles;
    private final GapService gaps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpAnswers(HelpRequestRepository requests, HelpAnswerRepository answers, HelpGuard guard, HelpNews news,
                TeamLookup teams, AgreedPairings pairings, ArticleService articles, GapService gaps,
                ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.answers = answers;
        this.guard = guard;
        this.news = news;
        this.teams = teams;
        this.pairings = pairings;
        this.articles = articles;
        this.gaps = gaps;
        this.events = events;
        this.clock = clock;
    }

    /** A reply to the request ({@code parentId} null) or to a reply in its thread; returns the reply's id. */
    @Transactional
    public long answer(Actor actor, long requestId, Long parentId, String body) {
        var request = openVisible(actor, requestId);
        String text = checkedBody(body);
        if (parentId != null && answers.findById(parentId).filter(a -> a.getRequestId() == requestId).isEmpty()) {
            throw new NotFoundException("The reply");
        }
        var answer = answers.saveAndFlush(new HelpAnswer(requestId, actor.personId(), parentId, text, clock.instant()));
        answered(request, actor);
        var author = guard.person(actor.personId());
        if (request.getAskerId() != actor.personId()) {
            events.publishEvent(new HelpAnswered(requestId, request.getTeamId(), actor.personId(),
                    request.getAskerId(), request.isConfidential() ? "A confidential help request" : request.getTitle(),
                    answer.getCreatedAt()));
            news.tell(guard.person(request.getAskerId()), "answered", author.name() + " answered: " + request.getTitle(),
                    null, requestId);
        } else if (parentId != null) {
            long to = answers.findById(parentId).orElseThrow().getAuthorId();
            if (to != actor.personId()) {
                news.tell(guard.person(to), "replied", author.name() + " replied to you: " + request.getTitle(), null,
                        requestId);
            }
        }
        return answer.getId();
    }

    /** "Let's pair on it": a time in the future for a pairing session of the two; the asker accepts or not. */
    @Transactional
    public long offerToPair(Actor actor, long requestId, ZonedDateTime start, int minutes, String note) {
        var request = openVisible(actor, requestId);
        if (request.getAskerId() == actor.personId()) {
            throw InvalidInputException.of("start", "Offer to pair on other people's requests; on yours, ask in a reply.");
        }
        if (start == null) {
            throw InvalidInputException.of("start", "Choose when you could pair.");
        }
        if (!start.toInstant().isAfter(clock.instant())) {
            throw InvalidInputException.of("start", "Propose a time in the future.");
        }
        var format = SessionFormat.PAIRING;
        if (minutes < format.minMinutes() || minutes > format.maxMinutes()) {
            throw InvalidInputException.of("minutes", "A pairing session lasts " + format.minMinutes() + " to "
                    + format.maxMinutes() + " minutes.");
        }
        String text = note == null || note.isBlank() ? "I can pair with you on this." : checkedBody(note);
        var offer = answers.saveAndFlush(HelpAnswer.pairingOffer(requestId, actor.personId(), text, start.toInstant(),
                minutes, clock.instant()));
        answered(request, actor);
        news.tell(guard.person(request.getAskerId()), "pair-offered",
                guard.person(actor.personId()).name() + " offers to pair with you: " + request.getTitle(),
                "Accept the time on the request's page and it goes into both your calendars.", requestId);
        return offer.getId();
    }

    /**
     * The asker accepts an offer to pair: a confirmed pairing session for the two, on the request's team's
     * calendar (or another team they share), with its invite. Returns the session's id.
     */
    @Transactional
    public long acceptPairing(Actor actor, long requestId, long answerId) {
        var request = guard.visible(actor, requestId);
        requireAsker(actor, request, "accept an offer to pair");
        var offer = answers.findById(answerId).filter(a -> a.getRequestId() == requestId && a.isPairingOffer())
                .orElseThrow(() -> new NotFoundException("The offer to pair"));
        if (offer.getPairSessionId() != null) {
            throw InvalidInputException.of("answer", "You accepted this offer already.");
        }
        if (request.getStatus() == HelpStatus.CLOSED) {
            throw InvalidInputException.of("answer", "This request is closed.");
        }
        if (!offer.getPairStartsAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("answer", "The proposed time has passed: ask for a new one in a reply.");
        }
        long teamId = sharedTeam(request, offer.getAuthorId());
        var zone = teams.team(teamId).orElseThrow().getTimeZone();
        long sessionId = pairings.arrange(teamId, offer.getAuthorId(), request.getAskerId(),
                "Pairing: " + request.getTitle(), "From the help request /help/" + requestId + ".\n\n"
                        + request.getDetails(), offer.getPairStartsAt().atZone(zone), offer.getPairMinutes());
        offer.paired(sessionId);
        news.tell(guard.person(offer.getAuthorId()), "pair-accepted",
                guard.person(actor.personId()).name() + " accepted your offer to pair: " + request.getTitle(),
                "The pairing session is in both your calendars.", requestId);
        return sessionId;
    }

    /** The asker marks the reply that helped; the request is solved. Their own reply cannot be the one. */
    @Transactional
    public void markHelped(Actor actor, long requestId, long answerId) {
        var request = openVisible(actor, requestId);
        requireAsker(actor, request, "mark the answer that helped");
        var answer = answers.findById(answerId).filter(a -> a.getRequestId() == requestId)
                .orElseThrow(() -> new NotFoundException("The reply"));
        if (answer.getAuthorId() == actor.personId()) {
            throw InvalidInputException.of("answer", "Mark someone else's reply as the one that helped; "
                    + "if you found the answer yourself, close the request.");
        }
        request.solve(answerId, clock.instant());
        news.tell(guard.person(answer.getAuthorId()), "helped",
                "Your answer helped " + guard.person(actor.personId()).name() + ": " + request.getTitle(),
                "Thank you for sharing what you know.", requestId);
    }

    /** The asker closes a request nobody needs to answer any more. */
    @Transactional
    public void close(Actor actor, long requestId) {
        var request = openVisible(actor, requestId);
        requireAsker(actor, request, "close it");
        request.close(clock.instant());
    }

    /**
     * A solved request becomes a knowledge-base article of its team, pre-filled with the question and the answer
     * that helped, for its author to polish. Returns the article's id. Confidential requests stay private.
     */
    @Transactional
    public long turnIntoArticle(Actor actor, long requestId) {
        var request = guard.visible(actor, requestId);
        if (request.getStatus() != HelpStatus.SOLVED) {
            throw InvalidInputException.of("request", "Turn a request into an article once an answer helped.");
        }
        if (request.isConfidential()) {
            throw InvalidInputException.of("request", "A confidential request stays between the people it names: "
                    + "write an article in your own words instead.");
        }
        if (request.getTurnedIntoArticle() != null) {
            throw InvalidInputException.of("request", "This request is an article already.");
        }
        var helped = answers.findById(request.getAcceptedAnswerId()).orElseThrow();
        String body = "## The question\n\n" + (request.getDetails().isBlank() ? request.getTitle() : request.getDetails())
                + "\n\n## The answer that helped\n\n" + helped.getBody()
                + "\n\n_From a help request by " + guard.person(request.getAskerId()).name() + ", answered by "
                + guard.person(helped.getAuthorId()).name() + "._\n";
        var today = LocalDate.now(clock.withZone(teams.team(request.getTeamId()).orElseThrow().getTimeZone()));
        var article = articles.create(actor, request.getTeamId(), new ArticleDraft(request.getTitle(), body,
                request.getTags(), today.plusMonths(ARTICLE_REVIEW_MONTHS), Set.of(), Set.of(), List.of()));
        request.turnedInto(article.id());
        return article.id();
    }

    /**
     * An unsolved request becomes a knowledge gap of its team ("recurring question"), pre-filled from the request,
     * so a session can address it. Only its asker decides; returns the gap's id.
     */
    @Transactional
    public long logAsGap(Actor actor, long requestId) {
        var request = guard.visible(actor, requestId);
        requireAsker(actor, request, "log it as a knowledge gap");
        if (request.getStatus() == HelpStatus.SOLVED || request.getStatus() == HelpStatus.SELF_SERVED) {
            throw InvalidInputException.of("request", "This request was answered: turn it into an article instead.");
        }
        if (request.getLoggedAsGap() != null) {
            throw InvalidInputException.of("request", "This request is a knowledge gap already.");
        }
        var urgency = switch (request.getUrgency()) {
            case TODAY -> Urgency.HIGH;
            case THIS_WEEK -> Urgency.MEDIUM;
            case WHENEVER -> Urgency.LOW;
        };
        String details = request.getDetails();
        var draft = new GapDraft(request.getTitle(), details.length() > 4000 ? details.substring(0, 3999) + "…" : details,
                GapSource.RECURRING_QUESTION, "Help request #" + requestId, urgency,
                request.getTags().stream().limit(20).toList(), Set.of(), request.isConfidential(), null, null);
        long gapId = gaps.request(actor, request.getTeamId(), draft).id();
        request.loggedAs(gapId);
        return gapId;
    }

    private HelpRequest openVisible(Actor actor, long requestId) {
        var request = guard.visible(actor, requestId);
        if (!request.getStatus().open()) {
            throw InvalidInputException.of("body", "This request is " + request.getStatus().label().toLowerCase()
                    + ": it takes no more answers.");
        }
        return request;
    }

    private static void requireAsker(Actor actor, HelpRequest request, String what) {
        if (request.getAskerId() != actor.personId()) {
            throw new NotPermittedException("Only the person who asked can " + what + ".");
        }
    }

    /** Someone other than the asker answered: nobody else needs to be asked. */
    private static void answered(HelpRequest request, Actor actor) {
        if (request.getAskerId() != actor.personId()) {
            request.escalateAt(null);
        }
    }

    private static String checkedBody(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "Write your answer.");
        }
        if (body.strip().length() > HelpAnswer.MAX_BODY) {
            throw InvalidInputException.of("body", "An answer has at most 10,000 characters.");
        }
        HelpGuard.requireNoActiveMarkup("body", body);
        return body.strip();
    }

    private long sharedTeam(HelpRequest request, long helperId) {
        if (teams.isMember(request.getTeamId(), helperId)) {
            return request.getTeamId();
        }
        var helperTeams = teams.membershipsOf(helperId).stream().map(m -> m.getTeam().getId()).toList();
        return teams.membershipsOf(request.getAskerId()).stream().map(m -> m.getTeam().getId())
                .filter(helperTeams::contains).findFirst()
                .orElseThrow(() -> InvalidInputException.of("answer", "You two share no team, so the pairing cannot "
                        + "go on a team calendar: agree on a time in a reply instead."));
    }
}
