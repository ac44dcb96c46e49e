package org.peerplanner.domain.outcomes;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who comes to the sessions: attendance as the facilitator ticked it at wrap-up, per month of the slot date. Per
 * month the people per held session (attendances ÷ held sessions), that as a share of the team's members today (the
 * attendance rate), and how many different people came to at least one session. Counts only: no figure names anyone,
 * whatever the team's size; a person sees their own count, nobody else's.
 */
public final class Participation {

    public static final String ID = "participation";
    static final int ORDER = 35;
    static final String RATE_TITLE = "Attendance rate per held session";

    private Participation() {
    }

    /**
     * @param sessions   at least the period's held sessions (others are left out here)
     * @param attendance per month and person, the held sessions they came to; months outside the period are left out
     */
    public static SectionFigures measure(List<SessionTrace> sessions, List<AttendanceTrace> attendance,
                                         TeamScope scope) {
        OutcomePeriod period = scope.period();
        int memberCount = scope.members().size();
        Map<YearMonth, Long> heldPerMonth = new HashMap<>();
        sessions.stream().filter(s -> s.held() && period.contains(s.day()))
                .forEach(s -> heldPerMonth.merge(YearMonth.from(s.day()), 1L, Long::sum));
        Map<YearMonth, Long> attendancesPerMonth = new HashMap<>();
        Map<YearMonth, Set<Long>> peoplePerMonth = new HashMap<>();
        Map<Long, Long> perPerson = new HashMap<>();
        for (AttendanceTrace a : attendance) {
            if (a.sessions() > 0 && !a.month().isBefore(period.first()) && !a.month().isAfter(period.last())) {
                attendancesPerMonth.merge(a.month(), a.sessions(), Long::sum);
                peoplePerMonth.computeIfAbsent(a.month(), m -> new HashSet<>()).add(a.personId());
                perPerson.merge(a.personId(), a.sessions(), Long::sum);
            }
        }
        List<Double> perSession = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        List<Double> cameOnce = new ArrayList<>();
        for (YearMonth month : period.months()) {
            long held = heldPerMonth.getOrDefault(month, 0L);
            long came = attendancesPerMonth.getOrDefault(month, 0L);
            perSession.add(held == 0 ? null : (double) came / held);
            rate.add(rate(came, held, memberCount));
            cameOnce.add(held == 0 ? null : (double) peoplePerMonth.getOrDefault(month, Set.of()).size());
        }
        long heldTotal = heldPerMonth.values().stream().mapToLong(Long::longValue).sum();
        long attendances = attendancesPerMonth.values().stream().mapToLong(Long::longValue).sum();
        Set<Long> memberIds = new HashSet<>();
        scope.members().forEach(m -> memberIds.add(m.personId()));
        long membersWhoCame = perPerson.keySet().stream().filter(memberIds::contains).count();

        List<String> labels = Readings.months(period);
        var people = new MetricSeries("participation-people", "People at held sessions per month", "people",
                MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line("People per held session", perSession),
                new MetricSeries.Line("Came to at least one", cameOnce)),
                Readings.trend("People per held session", perSession, "", "No session was held in this period yet."));
        var rateSeries = new MetricSeries("participation-rate", RATE_TITLE, "%", MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line("Share of members present", rate)),
                Readings.trend("The attendance rate", rate, "%", "No session was held in this period yet."));
        List<Fact> facts = List.of(
                new Fact("Held sessions", String.valueOf(heldTotal)),
                new Fact("People per held session", heldTotal == 0 ? "no data yet"
                        : Readings.number((double) attendances / heldTotal) + " (" + Readings.percent(
                        rate(attendances, heldTotal, memberCount)) + " of the members)"),
                new Fact("Members who came to at least one session", Readings.share(membersWhoCame, memberCount)),
                new Fact("People who came to at least one session", String.valueOf(perPerson.size())));
        Map<Long, List<Fact>> personal = new HashMap<>();
        for (TeamMember member : scope.personalFigures() ? scope.members() : List.<TeamMember>of()) {
            personal.put(member.personId(), List.of(new Fact("Held sessions you came to in the period",
                    perPerson.getOrDefault(member.personId(), 0L) + " of " + heldTotal)));
        }
        return new SectionFigures(ID, "Participation", ORDER, facts, List.of(people, rateSeries), Set.of(), personal,
                "participation-rate");
    }

    /**
     * What the organisation overview shows: the attendance rate per month, as {@link #measure} has it.
     *
     * @param heldAndCame per month of the period: the held sessions, and the attendances ticked at them
     */
    public static OverviewFigures overview(Map<YearMonth, long[]> heldAndCame, TeamScope scope) {
        List<Double> rate = new ArrayList<>();
        for (YearMonth month : scope.period().months()) {
            long[] counts = heldAndCame.getOrDefault(month, new long[2]);
            rate.add(rate(counts[1], counts[0], scope.members().size()));
        }
        return new OverviewFigures(ORDER, Set.of(), new TeamOverviewRow.Sparkline(RATE_TITLE, rate));
    }

    /** Attendances ÷ held sessions ÷ members, in per cent; null without a held session or a member. */
    private static Double rate(long came, long held, int memberCount) {
        return held == 0 || memberCount == 0 ? null : 100.0 * came / held / memberCount;
    }
}
