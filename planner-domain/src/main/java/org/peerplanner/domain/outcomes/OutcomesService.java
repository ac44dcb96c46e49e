package org.peerplanner.domain.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.team.MemberSince;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether peer learning works for a team: every {@link MetricSection} measured for one team (the dashboard) or for
 * all teams (the administrators' overview). Team-level figures only: a person's own figures go to that person alone,
 * and no figure names anyone, so a small team shows counts without names. Another team's figures are "not found".
 */
@Service
@Transactional(readOnly = true)
public class OutcomesService {

    /** The months the organisation overview looks back over, this month included. */
    public static final int OVERVIEW_MONTHS = 6;

    private final TeamAccess access;
    private final TeamLookup teams;
    private final OutcomeSettingsRepository settings;
    private final List<MetricSection> sections;
    private final List<MetricSections> groups;
    private final Clock clock;

    OutcomesService(TeamAccess access, TeamLookup teams, OutcomeSettingsRepository settings, List<MetricSection> sections,
                    List<MetricSections> groups, Clock clock) {
        this.access = access;
        this.teams = teams;
        this.settings = settings;
        this.sections = sections.stream().sorted(Comparator.comparingInt(MetricSection::order)).toList();
        this.groups = List.copyOf(groups);
        this.clock = clock;
    }

    public LocalDate today(long teamId) {
        return teams.team(teamId).map(t -> LocalDate.now(clock.withZone(t.getTimeZone()))).orElse(LocalDate.now(clock));
    }

    public TeamOutcomes dashboard(Actor actor, long teamId, OutcomePeriod period) {
        access.requireVisibleTeam(actor, teamId);
        check(period);
        List<TeamScope> scopes = scopes(List.of(teamId), team -> period, true);
        if (scopes.isEmpty()) {
            throw new NotFoundException("The team");
        }
        TeamScope scope = scopes.getFirst();
        List<SectionFigures> measured = measure(scopes).getOrDefault(teamId, List.of());
        List<Fact> mine = measured.stream()
                .flatMap(s -> s.personal().getOrDefault(actor.personId(), List.of()).stream()).toList();
        return new TeamOutcomes(teamId, scope.teamName(), period, scope.closeTargetDays(), scope.members().size(),
                access.canManageTeam(actor, teamId), measured.stream().map(SectionFigures::teamOnly).toList(), mine);
    }

    /** Administrators only: every team's flags and sparklines over the last {@value #OVERVIEW_MONTHS} months. */
    public List<TeamOverviewRow> overview(Actor actor) {
        if (!actor.administrator()) {
            throw new NotPermittedException("Only administrators see the organisation overview.");
        }
        List<Long> ids = access.visibleTeamIds(actor);
        // the overview shows nobody's own figures, so the sections need not work them out
        List<TeamScope> scopes = scopes(ids, team -> OutcomePeriod.lastMonths(today(team), OVERVIEW_MONTHS), false);
        // each section reads only what its flags and sparkline need, mostly grouped per team and month
        Map<Long, List<OverviewFigures>> shown = overviewFigures(scopes);
        List<TeamOverviewRow> rows = new ArrayList<>();
        for (TeamScope scope : scopes) {
            List<OverviewFigures> figures = shown.getOrDefault(scope.teamId(), List.of());
            var flags = EnumSet.noneOf(TeamFlag.class);
            figures.forEach(f -> flags.addAll(f.flags()));
            var sparklines = figures.stream().map(OverviewFigures::sparkline).filter(java.util.Objects::nonNull).toList();
            rows.add(new TeamOverviewRow(scope.teamId(), scope.teamName(), scope.members().size(), flags, sparklines));
        }
        return rows;
    }

    public int closeTargetDays(long teamId) {
        return settings.findById(teamId).map(OutcomeSettings::getCloseTargetDays)
                .orElse(OutcomeSettings.DEFAULT_CLOSE_TARGET_DAYS);
    }

    /** A manager sets how many days the team aims to close a gap in ("closed within N days"). */
    @Transactional
    public void aimToCloseGapsWithin(Actor actor, long teamId, int days) {
        access.requireManager(actor, teamId);
        if (days < 1 || days > OutcomeSettings.MAX_CLOSE_TARGET_DAYS) {
            throw InvalidInputException.of("closeTargetDays",
                    "The target goes from 1 to " + OutcomeSettings.MAX_CLOSE_TARGET_DAYS + " days.");
        }
        settings.findById(teamId).ifPresentOrElse(s -> s.aimFor(days),
                () -> settings.save(new OutcomeSettings(teamId, days)));
    }

    private static void check(OutcomePeriod period) {
        if (period.size() > OutcomePeriod.MAX_MONTHS) {
            throw InvalidInputException.of("period", "Choose at most " + OutcomePeriod.MAX_MONTHS + " months.");
        }
    }

    private LocalDate today(Team team) {
        return LocalDate.now(clock.withZone(team.getTimeZone()));
    }

    private List<TeamScope> scopes(List<Long> teamIds, Function<Team, OutcomePeriod> period, boolean personalFigures) {
        List<Team> found = teams.teamsWithBlackouts(teamIds);
        Map<Long, List<TeamMember>> members = teams.membersSince(teamIds).stream().collect(Collectors.groupingBy(
                MemberSince::teamId, Collectors.mapping(m -> new TeamMember(m.personId(), m.joinedOn(), m.inRotation()),
                        Collectors.toList())));
        Map<Long, Integer> targets = new HashMap<>();
        settings.findByTeamIdIn(teamIds).forEach(s -> targets.put(s.getTeamId(), s.getCloseTargetDays()));
        return found.stream().map(team -> new TeamScope(team.getId(), team.getName(), team.getTimeZone(),
                schedule(team), period.apply(team), today(team),
                targets.getOrDefault(team.getId(), OutcomeSettings.DEFAULT_CLOSE_TARGET_DAYS),
                members.getOrDefault(team.getId(), List.of()), personalFigures)).toList();
    }

    private static TeamSchedule schedule(Team team) {
        return team.getCadence().isComplete() ? new TeamSchedule(team.getSlot(), team.getCadence(),
                LocalDate.ofInstant(team.getCreatedAt(), team.getTimeZone()), team.getPlanning().blackouts()) : null;
    }

    private Map<Long, List<SectionFigures>> measure(List<TeamScope> scopes) {
        return collect(scopes, MetricSection::measure, MetricSections::measure, SectionFigures::order);
    }

    private Map<Long, List<OverviewFigures>> overviewFigures(List<TeamScope> scopes) {
        return collect(scopes, MetricSection::overview, MetricSections::overview, OverviewFigures::order);
    }

    /** Every section's answer per team, in the sections' order. */
    private <F> Map<Long, List<F>> collect(List<TeamScope> scopes,
                                           BiFunction<MetricSection, List<TeamScope>, Map<Long, F>> one,
                                           BiFunction<MetricSections, List<TeamScope>, Map<Long, List<F>>> several,
                                           ToIntFunction<F> order) {
        Map<Long, List<F>> perTeam = new HashMap<>();
        if (scopes.isEmpty()) {
            return perTeam;
        }
        for (MetricSection section : sections) {
            one.apply(section, scopes).forEach((teamId, figures) ->
                    perTeam.computeIfAbsent(teamId, id -> new ArrayList<>()).add(figures));
        }
        for (MetricSections group : groups) {
            several.apply(group, scopes).forEach((teamId, figures) ->
                    perTeam.computeIfAbsent(teamId, id -> new ArrayList<>()).addAll(figures));
        }
        perTeam.values().forEach(list -> list.sort(Comparator.comparingInt(order)));
        return perTeam;
    }
}
