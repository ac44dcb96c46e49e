package org.peerplanner.domain.thanks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.Membership;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People thank teammates for something specific, within caps ({@link ThanksCaps}) that keep a thank-you meaning
 * something: never oneself, only someone who shares a team, at most five a week and two a week to one person. A
 * give is one transaction: the caps' guard, the thank-you, the receiver's notification and mail, or none of them.
 */
@Service
@Transactional(readOnly = true)
public class Thanks {

    public static final int MAX_REASON = 280;
    /** Thanks on a profile or a wall: the newest; older ones stay in the data. */
    public static final int SHOWN = 100;
    private static final int TEAM_SIZE = 500;

    private final ThankYouRepository thanks;
    private final ThanksWallRepository walls;
    private final WeekCounter weeks;
    private final List<ThanksSubjects> subjects;
    private final ThanksNews news;
    private final TeamLookup teams;
    private final TeamAccess access;
    private final PersonLookup people;
    private final CommandValidator validator;
    private final Clock clock;

    Thanks(ThankYouRepository thanks, ThanksWallRepository walls, WeekCounter weeks, List<ThanksSubjects> subjects,
           ThanksNews news, TeamLookup teams, TeamAccess access, PersonLookup people, CommandValidator validator,
           Clock clock) {
        this.thanks = thanks;
        this.walls = walls;
        this.weeks = weeks;
        this.subjects = subjects;
        this.news = news;
        this.teams = teams;
        this.access = access;
        this.people = people;
        this.validator = validator;
        this.clock = clock;
    }

    /** Gives a thank-you now and tells the receiver; returns its id. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long give(Actor actor, SayThanks say) {
        return record(actor, say, clock.instant(), true);
    }

    /**
     * Records a thank-you given earlier, for history (the demo, an import): the caps count in the week it was given;
     * nobody is notified of the past. Never in the future.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long giveEarlier(Actor actor, SayThanks say, Instant givenAt) {
        if (givenAt.isAfter(clock.instant())) {
            throw InvalidInputException.of("givenAt", "A thank-you given earlier cannot be in the future.");
        }
        return record(actor, say, givenAt, false);
    }

    /** The people the actor may thank in a team, by name: its members but themselves. */
    public List<Teammate> teammates(Actor actor, long teamId) {
        if (!teams.isMember(teamId, actor.personId())) {
            throw new NotFoundException("The team");
        }
        return teams.members(teamId, "", PageRequest.of(0, TEAM_SIZE, Sort.by("person.fullName"))).stream()
                .map(Membership::getPerson).filter(p -> p.getId() != actor.personId())
                .map(p -> new Teammate(p.getId(), p.getFullName())).toList();
    }

    /** Whether the actor may thank this person at all: someone else who shares a team with them. */
    public boolean mayThank(Actor actor, long personId) {
        return personId != actor.personId() && teams.membershipsOf(actor.personId()).stream()
                .anyMatch(m -> teams.isMember(m.getTeam().getId(), personId));
    }

    /** The thanks the actor received, newest first. */
    public List<ThankYouCard> received(Actor actor) {
        return cards(thanks.findByReceiverIdOrderByGivenAtDescIdDesc(actor.personId(), PageRequest.of(0, SHOWN)));
    }

    /** The team's wall: its thanks when the team switched it on, else only whether it is on. */
    public WallPage wall(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        var team = teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
        var wall = walls.findById(teamId);
        boolean shown = wall.map(ThanksWall::isShown).orElse(false);
        return new WallPage(teamId, team.getName(), shown, wall.map(ThanksWall::getVersion).orElse(-1L),
                access.canManageTeam(actor, teamId),
                shown ? cards(thanks.findByTeamIdOrderByGivenAtDescIdDesc(teamId, PageRequest.of(0, SHOWN))) : List.of());
    }

    /** Managers switch the wall on or off; {@code expectedVersion} is -1 while the team never chose. */
    @Transactional
    public WallPage showWall(Actor actor, long teamId, long expectedVersion, boolean shown) {
        access.requireManager(actor, teamId);
        var wall = walls.findById(teamId).orElseGet(() -> new ThanksWall(teamId));
        long version = walls.existsById(teamId) ? wall.getVersion() : -1L;
        if (version != expectedVersion) {
            throw new ConflictException("The thank-you wall setting");
        }
        wall.show(shown, actor.personId(), clock.instant());
        try {
            walls.saveAndFlush(wall);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException sameMoment) {
            throw new ConflictException("The thank-you wall setting");
        }
        return wall(actor, teamId);
    }

    private long record(Actor actor, SayThanks say, Instant givenAt, boolean tell) {
        validator.check(say);
        if (say.receiverId() == actor.personId()) {
            throw InvalidInputException.of("receiverId", "You cannot thank yourself. Thank someone who helped you.");
        }
        Person giver = people.person(actor.personId()).orElseThrow(() -> new NotFoundException("The person"));
        long teamId = teamOf(actor, say);
        if (!teams.isMember(teamId, say.receiverId())) {
            throw InvalidInputException.of("receiverId",
                    "You can only thank people who share a team with you.");
        }
        Person receiver = people.person(say.receiverId()).orElseThrow(() -> new NotFoundException("The person"));
        var subject = subject(actor, say, teamId);
        var week = ThanksCaps.weekOf(givenAt, giver.getTimeZone());
        if (!weeks.take(giver.getId(), week, ThanksCaps.PER_WEEK)) {
            throw InvalidInputException.of("thanks", ThanksCaps.overall());
        }
        int toThem = thanks.countByGiverIdAndReceiverIdAndWeekStart(giver.getId(), receiver.getId(), week);
        ThanksCaps.refusal(0, toThem, receiver.getFullName()).ifPresent(refusal -> {
            throw InvalidInputException.of("thanks", refusal);
        });
        var saved = thanks.save(new ThankYou(teamId, giver.getId(), receiver.getId(), say.what(),
                say.what().hasSubject() ? say.subjectId() : null, subject.title(), say.reason().strip(), week,
                givenAt));
        if (tell) {
            news.tell(saved.getId(), giver.getFullName(), receiver, say.what(), subject, saved.getReason());
        }
        return saved.getId();
    }

    private long teamOf(Actor actor, SayThanks say) {
        if (say.teamId() != null) {
            if (!teams.isMember(say.teamId(), actor.personId())) {
                throw new NotFoundException("The team");
            }
            return say.teamId();
        }
        return teams.membershipsOf(actor.personId()).stream().map(m -> m.getTeam().getId())
                .filter(team -> teams.isMember(team, say.receiverId())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("receiverId",
                        "You can only thank people who share a team with you."));
    }

    private ThanksSubjects.Subject subject(Actor actor, SayThanks say, long teamId) {
        if (!say.what().hasSubject()) {
            if (say.about() == null || say.about().isBlank()) {
                throw InvalidInputException.of("about", "Say what they helped you with.");
            }
            return new ThanksSubjects.Subject(teamId, say.about().strip(), null);
        }
        String what = say.what().label().replaceFirst("^an? ", "");
        if (say.subjectId() == null) {
            throw InvalidInputException.of("subjectId", "Choose the " + what + " you thank them for.");
        }
        return subjects.stream().filter(s -> s.kinds().contains(say.what())).findFirst()
                .flatMap(s -> s.find(actor, say.what(), say.subjectId()))
                .filter(s -> s.teamId() == teamId)
                .orElseThrow(() -> new NotFoundException("The " + what));
    }

    private List<ThankYouCard> cards(List<ThankYou> found) {
        var ids = new ArrayList<Long>();
        found.forEach(t -> {
            ids.add(t.getGiverId());
            ids.add(t.getReceiverId());
        });
        Map<Long, String> names = people.people(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Person::getId, Person::getFullName, (a, b) -> a));
        Function<ThankYou, String> link = t -> t.getSubjectId() == null ? null : linkOf(t);
        return found.stream().map(t -> new ThankYouCard(t.getId(), names.getOrDefault(t.getGiverId(), "Someone"),
                        names.getOrDefault(t.getReceiverId(), "Someone"), t.getWhat(), t.getAbout(), link.apply(t),
                        t.getReason(), t.getGivenAt()))
                .toList();
    }

    /** Links by kind without asking the subject's feature again: they stay cheap for a page of a hundred. */
    private static String linkOf(ThankYou t) {
        return switch (t.getWhat()) {
            case SESSION, PAIRING -> "sessions/" + t.getSubjectId();
            case ARTICLE -> "knowledge/" + t.getSubjectId();
            default -> null;
        };
    }
}
