package org.peerplanner.domain.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionAttendance;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback after a held session: those who came answer one short form, anonymously; the facilitator and the team's
 * managers see the aggregate of that one session. There is deliberately no query over a facilitator's sessions:
 * feedback says how a session went for the people in it, it never ranks the people who led it.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    /**
     * Below this many answers nothing but "not enough answers yet" is shown: with one or two answers a facilitator
     * who knows who came could tell who wrote what.
     */
    public static final int MIN_ANSWERS = 3;

    static final String KIND = "feedback.asked";

    private final FeedbackRepository answers;
    private final FeedbackGivenRepository given;
    private final FeedbackOptOutRepository optOuts;
    private final TeamFeedbackOffRepository teamsOff;
    private final SessionLookup sessions;
    private final SessionAttendance attendance;
    private final TeamAccess access;
    private final CommandValidator validator;
    private final NotificationService notifications;

    FeedbackService(FeedbackRepository answers, FeedbackGivenRepository given, FeedbackOptOutRepository optOuts,
                    TeamFeedbackOffRepository teamsOff, SessionLookup sessions, SessionAttendance attendance,
                    TeamAccess access, CommandValidator validator, NotificationService notifications) {
        this.answers = answers;
        this.given = given;
        this.optOuts = optOuts;
        this.teamsOff = teamsOff;
        this.sessions = sessions;
        this.attendance = attendance;
        this.access = access;
        this.validator = validator;
        this.notifications = notifications;
    }

    /** The form or the summary, as the viewer may see it; another team's session answers "not found". */
    public FeedbackPage page(Actor actor, long sessionId) {
        LearningSession s = visible(actor, sessionId);
        String notAsked = whyNotAsked(actor.personId(), s).orElse(null);
        FeedbackSummary summary = seesSummary(actor, s) ? summary(sessionId) : null;
        return new FeedbackPage(sessionId, s.getTitle(), notAsked == null, notAsked, summary);
    }

    /** Saves one anonymous answer; the answer and the fact that the person answered are stored apart. */
    @Transactional
    public void give(Actor actor, long sessionId, FeedbackAnswer answer) {
        LearningSession s = visible(actor, sessionId);
        Optional<String> notAsked = whyNotAsked(actor.personId(), s);
        if (notAsked.isPresent()) {
            throw InvalidInputException.of("session", notAsked.get());
        }
        validator.check(answer);
        String line = answer.willUse() == null || answer.willUse().isBlank() ? null
                : answer.willUse().strip().replaceAll("\\s+", " ");
        given.save(new FeedbackGiven(sessionId, actor.personId()));
        answers.save(new SessionFeedback(sessionId, answer.usefulness(), line));
        notifications.markReadAbout(actor.personId(), link(sessionId), List.of(KIND));
    }

    public boolean optedOut(Actor actor) {
        return optOuts.existsById(actor.personId());
    }

    /** A person's own choice, from their profile: not asked for feedback after sessions, or asked again. */
    @Transactional
    public void optOut(Actor actor, boolean out) {
        if (out && !optOuts.existsById(actor.personId())) {
            optOuts.save(new FeedbackOptOut(actor.personId()));
        } else if (!out) {
            optOuts.deleteById(actor.personId());
        }
    }

    public boolean teamAsks(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return !teamsOff.existsById(teamId);
    }

    /** A team setting: whether the team's held sessions ask those who came for feedback. Managers only. */
    @Transactional
    public void setTeamAsks(Actor actor, long teamId, boolean asks) {
        access.requireManager(actor, teamId);
        if (!asks && !teamsOff.existsById(teamId)) {
            teamsOff.save(new TeamFeedbackOff(teamId));
        } else if (asks) {
            teamsOff.deleteById(teamId);
        }
    }

    /** Whom to ask once a session is held: those who came, less those who lead, opted out or whose team is off. */
    List<Long> toAsk(long sessionId) {
        LearningSession s = sessions.session(sessionId).orElseThrow();
        if (teamsOff.existsById(s.getTeamId())) {
            return List.of();
        }
        return attendance.attended(sessionId).stream().sorted()
                .filter(person -> !leads(s, person) && !optOuts.existsById(person)).toList();
    }

    static String link(long sessionId) {
        return "sessions/" + sessionId + "/feedback";
    }

    FeedbackSummary summary(long sessionId) {
        List<SessionFeedback> all = answers.findBySessionId(sessionId);
        if (all.size() < MIN_ANSWERS) {
            return new FeedbackSummary(all.size(), false, 0, List.of(), List.of());
        }
        List<Integer> byScore = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        all.forEach(a -> byScore.set(a.getUsefulness() - 1, byScore.get(a.getUsefulness() - 1) + 1));
        double average = all.stream().mapToInt(SessionFeedback::getUsefulness).average().orElse(0);
        List<String> lines = all.stream().map(SessionFeedback::getWillUse).filter(Objects::nonNull)
                .sorted(Comparator.comparing(String::toLowerCase)).toList();
        return new FeedbackSummary(all.size(), true, average, byScore, lines);
    }

    private Optional<String> whyNotAsked(long personId, LearningSession s) {
        if (s.getStatus() != SessionStatus.HELD) {
            return Optional.of("Feedback opens once the session has been held.");
        }
        if (leads(s, personId)) {
            return Optional.of("You led this session: you see what others thought, you are not asked yourself.");
        }
        if (teamsOff.existsById(s.getTeamId())) {
            return Optional.of("This team does not ask for feedback after sessions.");
        }
        if (!attendance.attended(s.getId()).contains(personId)) {
            return Optional.of("Only people who came to the session are asked for feedback.");
        }
        if (optOuts.existsById(personId)) {
            return Optional.of("You chose in your profile not to be asked for feedback.");
        }
        if (given.existsById(new FeedbackGiven.Key(s.getId(), personId))) {
            return Optional.of("You have answered already. Thank you!");
        }
        return Optional.empty();
    }

    private boolean seesSummary(Actor actor, LearningSession s) {
        return leads(s, actor.personId()) || access.canManageTeam(actor, s.getTeamId());
    }

    private static boolean leads(LearningSession s, long personId) {
        return s.isLedBy(personId);
    }

    private LearningSession visible(Actor actor, long sessionId) {
        LearningSession s = sessions.session(sessionId).orElseThrow(() -> new NotFoundException("The session"));
        if (!access.canSeeTeam(actor, s.getTeamId())) {
            throw new NotFoundException("The session");
        }
        return s;
    }
}
