package org.peerplanner.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.peerplanner.domain.gap.OpenGapOffer;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.rotation.Blackout;
import org.peerplanner.domain.rotation.FormatMix;
import org.peerplanner.domain.rotation.OpenGap;
import org.peerplanner.domain.rotation.PastSession;
import org.peerplanner.domain.rotation.RotationMember;
import org.peerplanner.domain.rotation.RotationPlanner;
import org.peerplanner.domain.rotation.RotationRequest;
import org.peerplanner.domain.rotation.RotationRules;
import org.peerplanner.domain.rotation.SlotDecline;
import org.peerplanner.domain.rotation.SlotOverride;
import org.peerplanner.domain.rotation.SlotSchedule;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.SessionSlot;

/**
 * The target: plan 52 weekly slots for 1,000 teams × 15 members with 3 years of weekly history in
 * at most 1 s in total, and 2,000 teams in at most 2.2× the time of 1,000. One benchmark operation plans
 * every team once, so the score is the time for all teams.
 *
 * <p>Each team: 15 members (one out of the rotation, two who join during the planned year), 3 skills each,
 * two absences each in the planned year, 156 weekly past sessions, 40 open gaps with tags and preferred
 * formats, 10 offers, 3 declines, 2 overrides and a Christmas blackout. All generated from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RotationBenchmark {

    private static final int MEMBERS = 15;
    private static final int HISTORY_WEEKS = 156;
    private static final int SLOTS = 52;
    private static final int GAPS = 40;
    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);
    private static final List<String> TAGS = List.of("kafka", "sql", "docker", "kubernetes", "react", "java",
            "spring", "security", "observability", "testing", "gradle", "maven", "css", "accessibility", "aws",
            "terraform", "graphql", "rust", "python", "design");

    @Param({"1000", "2000"})
    public int teams;

    private List<RotationRequest> requests;
    private final RotationPlanner planner = new RotationPlanner();

    @Setup(Level.Trial)
    public void generate() {
        Random random = new Random(20260105L);
        requests = new ArrayList<>(teams);
        for (int team = 0; team < teams; team++) {
            requests.add(team(team, random));
        }
    }

    @Benchmark
    public void planAllTeams(Blackhole blackhole) {
        for (RotationRequest request : requests) {
            blackhole.consume(planner.plan(request));
        }
    }

    static RotationRequest team(int team, Random random) {
        long base = team * 100L;
        List<RotationMember> members = new ArrayList<>(MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            LocalDate joined = i >= MEMBERS - 2 ? FROM.plusWeeks(random.nextInt(30)) : FROM.minusYears(4);
            List<Skill> skills = new ArrayList<>();
            for (String tag : pick(random, TAGS, 3)) {
                skills.add(new Skill(i % 2 == 0 ? tag.toUpperCase() : tag, 1 + random.nextInt(5)));
            }
            List<Absence> absences = new ArrayList<>();
            for (int a = 0; a < 2; a++) {
                LocalDate first = FROM.plusDays(random.nextInt(350));
                absences.add(new Absence(first, first.plusDays(2 + random.nextInt(12)), "holiday"));
            }
            members.add(new RotationMember(base + i, "Member " + team + "-" + i, joined, i != 3, absences, skills));
        }
        List<PastSession> history = new ArrayList<>(HISTORY_WEEKS);
        for (int week = HISTORY_WEEKS; week >= 1; week--) {
            long facilitator = base + random.nextInt(MEMBERS - 2);
            history.add(new PastSession(FROM.minusWeeks(week).plusDays(2), SessionFormat.LUNCH_AND_LEARN, facilitator,
                    Set.of(base + random.nextInt(MEMBERS)), null, Set.copyOf(pick(random, TAGS, 1 + random.nextInt(2)))));
        }
        List<OpenGap> gaps = new ArrayList<>(GAPS);
        for (int g = 0; g < GAPS; g++) {
            Set<SessionFormat> formats = EnumSet.noneOf(SessionFormat.class);
            if (random.nextBoolean()) {
                formats.add(SessionFormat.values()[random.nextInt(SessionFormat.values().length)]);
            }
            gaps.add(new OpenGap(base * 10 + g, "Gap " + team + "-" + g, 10 + random.nextInt(90), formats,
                    Set.copyOf(pick(random, TAGS, 1 + random.nextInt(2))), g % 10 == 0));
        }
        List<OpenGapOffer> offers = new ArrayList<>();
        for (int o = 0; o < 10; o++) {
            offers.add(new OpenGapOffer(base * 10 + random.nextInt(GAPS), "offer", false, base + random.nextInt(MEMBERS),
                    null, null));
        }
        List<SlotDecline> declines = List.of(new SlotDecline(FROM.plusDays(2), base + random.nextInt(MEMBERS)),
                new SlotDecline(FROM.plusWeeks(10).plusDays(2), base + random.nextInt(MEMBERS)),
                new SlotDecline(FROM.plusWeeks(20).plusDays(2), base + random.nextInt(MEMBERS)));
        List<SlotOverride> overrides = List.of(
                SlotOverride.facilitatorFixedByManager(FROM.plusWeeks(5).plusDays(2), base + random.nextInt(MEMBERS)),
                SlotOverride.topicFixed(FROM.plusWeeks(8).plusDays(2), base * 10 + random.nextInt(GAPS)));
        SlotSchedule schedule = SlotSchedule.of(ZoneId.of("Europe/Berlin"),
                        new SessionSlot(DayOfWeek.WEDNESDAY, LocalTime.NOON, 60), CadenceRule.weekly(), null)
                .withBlackouts(List.of(new Blackout(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1), "holidays")));
        FormatMix mix = new FormatMix(List.of(SessionFormat.LUNCH_AND_LEARN, SessionFormat.LUNCH_AND_LEARN,
                SessionFormat.DEEP_DIVE, SessionFormat.PAIRING), HISTORY_WEEKS);
        return new RotationRequest(schedule, FROM, SLOTS, mix, members, gaps, offers, history, declines, overrides,
                RotationRules.defaults());
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(picked);
    }
}
