package org.peerplanner.domain.help;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nobody waits for ever: when the people asked let their window pass without an answer, the next three are asked;
 * a request still open after {@link HelpSettings#unsolvedAfter} asks its asker, once, whether to log it as a
 * knowledge gap. The daily digest collects the lines of those who chose it into one mail each.
 */
@Service
public class HelpDeadlines {

    private final HelpRequestRepository requests;
    private final DigestLineRepository digest;
    private final HelpRouter router;
    private final HelpGuard guard;
    private final HelpNews news;
    private final HelpSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpDeadlines(HelpRequestRepository requests, DigestLineRepository digest, HelpRouter router, HelpGuard guard,
                  HelpNews news, HelpSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.digest = digest;
        this.router = router;
        this.guard = guard;
        this.news = news;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public record Outcome(int escalated, int gapQuestions) {
    }

    /** One pass; safe to run again at once (each step moves the request on, so nobody is told twice). */
    @Transactional
    public Outcome run() {
        Instant now = clock.instant();
        int escalated = 0;
        for (var request : requests.findDueForEscalation(now)) {
            if (router.route(request, guard.person(request.getAskerId()).name()) > 0) {
                escalated++;
            }
        }
        int asked = 0;
        for (var request : requests.findUnsolvedSince(now.minus(settings.unsolvedAfter()))) {
            request.gapAsked(now);
            news.tell(guard.person(request.getAskerId()), "unsolved", "Still stuck on: " + request.getTitle() + "?",
                    "Nobody has solved this in " + settings.unsolvedAfter().toDays() + " days. If others may be stuck "
                            + "on it too, log it as a knowledge gap (pre-filled) from the request's page, so a "
                            + "session can cover it.", request.getId());
            asked++;
        }
        return new Outcome(escalated, asked);
    }

    /** Sends each person who chose the digest one mail with their waiting lines; returns how many mails. */
    @Transactional
    public int sendDigests() {
        var byPerson = new LinkedHashMap<Long, List<DigestLine>>();
        digest.findBySentAtIsNullOrderByPersonIdAscIdAsc()
                .forEach(l -> byPerson.computeIfAbsent(l.getPersonId(), k -> new java.util.ArrayList<>()).add(l));
        Instant now = clock.instant();
        byPerson.forEach((personId, lines) -> {
            var to = guard.person(personId);
            var text = new StringBuilder("Hello " + to.name() + ",\n\nWhat happened in help requests since your last "
                    + "digest:\n\n");
            lines.forEach(l -> text.append("- ").append(l.getLine()).append('\n'));
            events.publishEvent(new HelpMail("help-digest:" + personId, to.name(), to.email(),
                    "Help requests: " + lines.size() + " update" + (lines.size() == 1 ? "" : "s"), text.toString()));
            lines.forEach(l -> l.sent(now));
        });
        return byPerson.size();
    }
}
