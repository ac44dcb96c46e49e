package org.peerplanner.domain.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.help.HelperRouting.Candidate;
import org.peerplanner.domain.help.HelperRouting.Choice;

/** Who is asked, without Spring or a database. */
class HelperRoutingTest {

    static final long ASKER = 1;
    static final List<String> KAFKA = List.of("kafka");

    static Candidate knows(long id, int level, int answered) {
        return new Candidate(id, "P" + id, Map.of("kafka", level), Set.of(), false, answered);
    }

    static List<Long> ids(List<Choice> choices) {
        return choices.stream().map(Choice::personId).toList();
    }

    @Test
    void theLoadSpreadsTheFewestAnsweredLatelyComeFirstEvenBeforeTheBestExpert() {
        var people = List.of(knows(10, 5, 6), knows(11, 3, 0), knows(12, 4, 1), knows(13, 5, 1));

        assertThat(ids(HelperRouting.next(people, KAFKA, ASKER, Set.of(), 3))).containsExactly(11L, 13L, 12L);
    }

    @Test
    void onEqualLoadTheHigherLevelWinsAndThenTheLowerIdAStableTieBreak() {
        var people = List.of(knows(22, 4, 0), knows(21, 4, 0), knows(20, 3, 0), knows(23, 5, 0));

        assertThat(ids(HelperRouting.next(people, KAFKA, ASKER, Set.of(), 3))).containsExactly(23L, 21L, 22L);
        assertThat(ids(HelperRouting.next(List.of(people.get(3), people.get(2), people.get(1), people.get(0)), KAFKA,
                ASKER, Set.of(), 3))).containsExactly(23L, 21L, 22L);
    }

    @Test
    void outOfOfficeTheAskerAndLevelsBelowThreeAreNeverAsked() {
        var away = new Candidate(30, "Away", Map.of("kafka", 5), Set.of(), true, 0);
        var beginner = knows(31, 2, 0);
        var asker = knows(ASKER, 5, 0);

        assertThat(HelperRouting.next(List.of(away, beginner, asker), KAFKA, ASKER, Set.of(), 3)).isEmpty();
    }

    @Test
    void anOfferToTeachTheTagQualifiesWithoutTheSkillAndTheReasonSaysSo() {
        var teacher = new Candidate(40, "Teacher", Map.of(), Set.of("kafka"), false, 0);

        var choices = HelperRouting.next(List.of(teacher), KAFKA, ASKER, Set.of(), 3);

        assertThat(choices).singleElement().satisfies(c -> assertThat(c.reason())
                .isEqualTo("offered to teach kafka; answered no help requests in the last 30 days"));
    }

    @Test
    void everyChoiceSaysWhy() {
        var choices = HelperRouting.next(List.of(knows(50, 4, 1)), KAFKA, ASKER, Set.of(), 3);

        assertThat(choices.getFirst().reason())
                .isEqualTo("kafka at level 4 of 5; answered 1 help request in the last 30 days");
    }

    @Test
    void roundAfterRoundNobodyIsAskedTwiceAndTheNextThreeFollow() {
        var people = List.of(knows(60, 5, 0), knows(61, 5, 1), knows(62, 5, 2), knows(63, 5, 3), knows(64, 5, 4),
                knows(65, 5, 5), knows(66, 5, 6));
        var asked = new HashSet<Long>();

        var first = ids(HelperRouting.next(people, KAFKA, ASKER, asked, 3));
        asked.addAll(first);
        var second = ids(HelperRouting.next(people, KAFKA, ASKER, asked, 3));
        asked.addAll(second);
        var third = ids(HelperRouting.next(people, KAFKA, ASKER, asked, 3));
        asked.addAll(third);

        assertThat(first).containsExactly(60L, 61L, 62L);
        assertThat(second).containsExactly(63L, 64L, 65L);
        assertThat(third).containsExactly(66L);
        assertThat(HelperRouting.next(people, KAFKA, ASKER, asked, 3)).isEmpty();
    }

    @Test
    void aRequestWithoutTagsReachesNobodyByRoutingOnlyTheBoard() {
        assertThat(HelperRouting.next(List.of(knows(70, 5, 0)), List.of(), ASKER, Set.of(), 3)).isEmpty();
    }

    @Test
    void theNotificationWindowIsSaidInWords() {
        assertThat(HelpRouter.describe(java.time.Duration.ofHours(2))).isEqualTo("2 hours");
        assertThat(HelpRouter.describe(java.time.Duration.ofDays(1))).isEqualTo("a day");
        assertThat(HelpRouter.describe(java.time.Duration.ofDays(3))).isEqualTo("3 days");
        assertThat(HelpRouter.describe(java.time.Duration.ofMinutes(45))).isEqualTo("45 minutes");
    }
}
