package org.peerplanner.domain.outcomes.baseline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's outcome baseline: the monthly figures it already keeps (onboarding days, bug reports), the date it took
 * up peer learning, and the before/after comparison. Managers record; members read; another team's answers "not
 * found".
 */
@Service
@Transactional(readOnly = true)
public class BaselineService {

    private final BaselineMonthRepository months;
    private final TeamAdoptionRepository adoptions;
    private final FirstHeldSessions sessions;
    private final TeamAccess access;
    private final TeamLookup teams;
    private final Clock clock;

    BaselineService(BaselineMonthRepository months, TeamAdoptionRepository adoptions, FirstHeldSessions sessions,
                    TeamAccess access, TeamLookup teams, Clock clock) {
        this.months = months;
        this.adoptions = adoptions;
        this.sessions = sessions;
        this.access = access;
        this.teams = teams;
        this.clock = clock;
    }

    public BaselinePage page(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        List<BaselineFigures> figures = months.findByTeamIdOrderByMonth(teamId).stream()
                .map(BaselineMonth::figures).toList();
        Optional<TeamAdoption> set = adoptions.findById(teamId);
        LocalDate adoptedOn = set.map(TeamAdoption::getAdoptedOn).or(() -> sessions.firstHeld(teamId)).orElse(null);
        return new BaselinePage(teamId, figures, adoptedOn, set.isPresent(), compare(figures, adoptedOn),
                thisMonth(teamId), access.canManageTeam(actor, teamId));
    }

    /** The two comparisons alone, for dashboards that show them next to other figures. */
    public List<Comparison> comparisons(Actor actor, long teamId) {
        return page(actor, teamId).comparisons();
    }

    /**
     * Records one month's figures, replacing what was recorded for it. {@code expectedVersion}: the version the
     * person edited (from {@link BaselineFigures#version()}), or null for a month they think is new.
     */
    @Transactional
    public BaselineFigures record(Actor actor, long teamId, BaselineRow row, Long expectedVersion) {
        access.requireManager(actor, teamId);
        List<String> problems = BaselineRules.checkOne(row, thisMonth(teamId));
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("month", String.join(" ", problems));
        }
        Optional<BaselineMonth> existing = months.findByTeamIdAndMonth(teamId, row.month().atDay(1));
        if (existing.isPresent() ? !Objects.equals(expectedVersion, existing.get().getVersion())
                : expectedVersion != null) {
            throw new ConflictException(BaselineRules.month(row.month()));
        }
        BaselineMonth month = existing.orElseGet(() -> new BaselineMonth(teamId, row.month()));
        month.record(row.onboardingDays(), row.bugReports());
        return months.saveAndFlush(month).figures();
    }

    @Transactional
    public void remove(Actor actor, long teamId, YearMonth month) {
        access.requireManager(actor, teamId);
        months.findByTeamIdAndMonth(teamId, month.atDay(1)).ifPresent(months::delete);
    }

    /** Sets the adoption date; null goes back to the default, the team's first held session. */
    @Transactional
    public void setAdoption(Actor actor, long teamId, LocalDate adoptedOn) {
        access.requireManager(actor, teamId);
        if (adoptedOn == null) {
            adoptions.findById(teamId).ifPresent(adoptions::delete);
            return;
        }
        if (adoptedOn.isAfter(LocalDate.now(clock.withZone(zone(teamId))))) {
            throw InvalidInputException.of("adoptedOn", "The adoption date cannot be in the future.");
        }
        adoptions.findById(teamId).ifPresentOrElse(a -> a.move(adoptedOn),
                () -> adoptions.save(new TeamAdoption(teamId, adoptedOn)));
    }

    YearMonth thisMonth(long teamId) {
        return YearMonth.now(clock.withZone(zone(teamId)));
    }

    List<BaselineFigures> recorded(long teamId) {
        return months.findByTeamIdOrderByMonth(teamId).stream().map(BaselineMonth::figures).toList();
    }

    /**
     * Months before the adoption month against months after it; the adoption month itself is left out, as it is
     * half one and half the other.
     */
    static List<Comparison> compare(List<BaselineFigures> figures, LocalDate adoptedOn) {
        return List.of(compare(BaselineMeasure.ONBOARDING, figures, adoptedOn, BaselineFigures::onboardingDays),
                compare(BaselineMeasure.BUG_REPORTS, figures, adoptedOn, BaselineFigures::bugReports));
    }

    private static Comparison compare(BaselineMeasure measure, List<BaselineFigures> figures, LocalDate adoptedOn,
                                      Function<BaselineFigures, Integer> value) {
        if (adoptedOn == null) {
            return Comparison.notEnough(measure, 0, 0, 0, 0, "No adoption date yet: it is the team's first held"
                    + " session unless a manager sets one.");
        }
        YearMonth adoption = YearMonth.from(adoptedOn);
        List<Integer> before = figures.stream().filter(f -> f.month().isBefore(adoption)).map(value)
                .filter(Objects::nonNull).toList();
        List<Integer> after = figures.stream().filter(f -> f.month().isAfter(adoption)).map(value)
                .filter(Objects::nonNull).toList();
        return BeforeAfter.compare(measure, before, after);
    }

    private ZoneId zone(long teamId) {
        return teams.team(teamId).map(Team::getTimeZone).orElse(ZoneId.of("UTC"));
    }
}
