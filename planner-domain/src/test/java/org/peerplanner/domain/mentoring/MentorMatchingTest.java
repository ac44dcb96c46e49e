package org.peerplanner.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.mentoring.MentorMatching.ConfidentSkill;
import org.peerplanner.domain.mentoring.MentorMatching.Mentee;
import org.peerplanner.domain.mentoring.MentorMatching.Mentor;
import org.peerplanner.domain.mentoring.MentorMatching.Suggestion;

/** Who is suggested to a mentee, in which order, and why: plain Java, no Spring. */
class MentorMatchingTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final LocalDate ON = LocalDate.of(2026, 6, 10);

    final Mentee tomas = new Mentee(1, List.of("Kafka"), Map.of("kafka", 2), BERLIN);

    static Mentor mentor(long id, String name, ZoneId zone, int kafka, int capacity, int taken) {
        return new Mentor(id, name, zone, List.of(new ConfidentSkill("Kafka", kafka)), capacity, taken, false, false);
    }

    @Test
    void aPeerOrABitAheadInTheSameHoursRanksAboveSomeoneFarAheadOnTheOtherSideOfTheWorld() {
        var nearPeer = mentor(2, "Jonas", BERLIN, 4, 2, 0);
        var farAhead = mentor(3, "Priya", LA, 5, 2, 0);

        var ranked = MentorMatching.suggest(tomas, List.of(farAhead, nearPeer), ON, 5);

        assertThat(ranked).extracting(Suggestion::name).containsExactly("Jonas", "Priya");
        assertThat(ranked.getFirst().reasons())
                .containsExactly("confident in Kafka (4)", "8 h working-time overlap", "2 of 2 places free");
        assertThat(ranked.get(1).reasons()).contains("confident in Kafka (5), well ahead of you", "no shared working hours");
    }

    @Test
    void pausedFullSilentAndTheMenteeThemselvesAreLeftOut() {
        var paused = new Mentor(2, "Paused", BERLIN, List.of(new ConfidentSkill("Kafka", 4)), 2, 0, true, false);
        var silent = new Mentor(3, "Silent", BERLIN, List.of(new ConfidentSkill("Kafka", 4)), 2, 0, false, true);
        var full = mentor(4, "Full", BERLIN, 4, 2, 2);
        var self = mentor(1, "Tomás", BERLIN, 4, 2, 0);
        var open = mentor(5, "Open", BERLIN, 3, 1, 0);

        assertThat(MentorMatching.suggest(tomas, List.of(paused, silent, full, self, open), ON, 5))
                .extracting(Suggestion::name).containsExactly("Open");
    }

    @Test
    void aMentorWhoKnowsLessThanTheMenteeOrSomethingElseEntirelyIsNotSuggested() {
        var behind = mentor(2, "Behind", BERLIN, 1, 2, 0);
        var other = new Mentor(3, "Swift", BERLIN, List.of(new ConfidentSkill("Swift", 5)), 2, 0, false, false);

        assertThat(MentorMatching.suggest(new Mentee(1, List.of("Kafka"), Map.of("kafka", 3), BERLIN),
                List.of(behind, other), ON, 5)).isEmpty();
    }

    @Test
    void moreRoomBreaksATieAndTheListStopsAtTheLimit() {
        var busy = mentor(2, "Busy", BERLIN, 4, 3, 2);
        var roomy = mentor(3, "Roomy", BERLIN, 4, 3, 0);
        var third = mentor(4, "Third", BERLIN, 4, 3, 1);

        assertThat(MentorMatching.suggest(tomas, List.of(busy, roomy, third), ON, 2))
                .extracting(Suggestion::name).containsExactly("Roomy", "Third");
    }

    @Test
    void aGapTitleFindsTheSkillItMentions() {
        var mentee = new Mentee(1, List.of("Kafka consumer group rebalancing"), Map.of(), BERLIN);

        assertThat(MentorMatching.suggest(mentee, List.of(mentor(2, "Jonas", BERLIN, 4, 2, 0)), ON, 5))
                .singleElement().satisfies(s -> assertThat(s.reasons().getFirst()).startsWith("confident in Kafka (4)"));
    }

    @Test
    void aMentorWhoseSkillCoversAGapTheMenteeRaisedOrVotedForSaysSo() {
        var mentee = new Mentee(1, List.of(), Map.of("kafka", 2), BERLIN,
                List.of(new MentorMatching.MenteeGap("Kafka consumer lag", List.of("kafka", "operations")),
                        new MentorMatching.MenteeGap("Flaky Gradle builds", List.of("gradle"))));
        var kafka = mentor(2, "Jonas", BERLIN, 4, 2, 0);
        var swift = new Mentor(3, "Swift", BERLIN, List.of(new ConfidentSkill("Swift", 5)), 2, 0, false, false);

        assertThat(MentorMatching.suggest(mentee, List.of(swift, kafka), ON, 5)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Jonas");
            assertThat(s.reasons()).containsExactly("covers your gap 'Kafka consumer lag'", "8 h working-time overlap",
                    "2 of 2 places free");
        });
    }

    @Test
    void aCoveredGapRanksAMentorAboveOneWhoOnlyHasMoreRoom() {
        var mentee = new Mentee(1, List.of(), Map.of(), BERLIN,
                List.of(new MentorMatching.MenteeGap("Our Terraform state is a mess", List.of())));
        var terraform = new Mentor(2, "Zoe", BERLIN, List.of(new ConfidentSkill("Terraform", 4)), 1, 0, false, false);
        var roomy = new Mentor(3, "Ann", BERLIN, List.of(new ConfidentSkill("Java", 4)), 10, 0, false, false);

        assertThat(MentorMatching.suggest(mentee, List.of(roomy, terraform), ON, 5))
                .extracting(Suggestion::name).containsExactly("Zoe");
    }

    @Test
    void aMentorWithNoAnswerAndNoSignInFor30DaysDropsOutUntilTheyReturn() {
        var clock = new org.peerplanner.testdb.TestClock(java.time.Instant.parse("2026-06-10T10:00:00Z"));
        var seen = clock.instant();
        var quiet = new Mentor(2, "Quiet", BERLIN, List.of(new ConfidentSkill("Kafka", 4)), 2, 0, false, false, seen);

        assertThat(MentorMatching.suggest(tomas, List.of(quiet), clock, 5)).hasSize(1);
        clock.advance(java.time.Duration.ofDays(30));
        assertThat(MentorMatching.suggest(tomas, List.of(quiet), clock, 5)).as("30 days is not yet gone").hasSize(1);
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(MentorMatching.suggest(tomas, List.of(quiet), clock, 5)).isEmpty();

        var back = new Mentor(2, "Quiet", BERLIN, List.of(new ConfidentSkill("Kafka", 4)), 2, 0, false, false,
                clock.instant());
        assertThat(MentorMatching.suggest(tomas, List.of(back), clock, 5)).extracting(Suggestion::name)
                .containsExactly("Quiet");
    }

    @Test
    void onlyTheBestFewAreKeptWhateverTheOrderTheyCameIn() {
        var many = new java.util.ArrayList<Mentor>();
        for (int i = 0; i < 200; i++) {
            many.add(mentor(10 + i, "M" + String.format("%03d", i), BERLIN, 3 + i % 3, 1 + i % 4, 0));
        }
        var expected = many.stream().map(m -> MentorMatching.suggest(tomas, List.of(m), ON, 1).getFirst())
                .sorted(java.util.Comparator.comparingInt(Suggestion::score).reversed()
                        .thenComparing(Suggestion::name))
                .limit(5).toList();
        java.util.Collections.shuffle(many, new java.util.Random(7));

        assertThat(MentorMatching.suggest(tomas, many, ON, 5)).isEqualTo(expected);
    }

    @Test
    void aSkillMatchesWholeWordsOnlySoJavaIsNoJavaScriptMentor() {
        var java = new Mentor(2, "Jay", BERLIN, List.of(new ConfidentSkill("Java", 5)), 2, 0, false, false);
        var mentee = new Mentee(1, List.of("JavaScript"), Map.of(), BERLIN);

        assertThat(MentorMatching.suggest(mentee, List.of(java), ON, 5)).isEmpty();
        assertThat(MentorMatching.mentions("c++ and java streams", "java")).isTrue();
        assertThat(MentorMatching.mentions("objective-c++", "c++")).isTrue();
        assertThat(MentorMatching.mentions("skill 31", "skill 3")).isFalse();
    }

    @Test
    void workingHoursOverlapFollowsTheDayItIsAskedFor() {
        assertThat(MentorMatching.overlapHours(BERLIN, ZoneId.of("Europe/London"), ON)).isEqualTo(7);
        assertThat(MentorMatching.overlapHours(BERLIN, ZoneId.of("America/New_York"), ON)).isEqualTo(2);
        assertThat(MentorMatching.overlapHours(BERLIN, LA, ON)).isZero();
    }
}
