package org.peerplanner.domain.houserules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** House rules on the real database: the template, revisions, who may write them, cleaning, and the newcomer's visit. */
@SpringBootTest
@UsePlannerTestDatabase
class HouseRulesIT {

    @Autowired
    HouseRules rules;
    @Autowired
    DomainFixtures fixtures;
    @Autowired
    TestClock clock;

    long team;
    Actor manager;
    Actor member;

    @BeforeEach
    void team() {
        clock.set(Instant.parse("2026-06-10T09:00:00Z"));
        team = fixtures.team("Rules");
        manager = fixtures.manager(team);
        member = fixtures.member(team);
    }

    @Test
    void aNewTeamStartsFromTheTemplateOfQuestions() {
        var page = rules.page(member, team);

        assertThat(page.template()).isTrue();
        assertThat(page.viewerMayEdit()).isFalse();
        assertThat(page.html()).contains("What level of question is welcome?", "What do helpers and askers owe each other?",
                "What stays in the room?", "What is off-topic?", "How do we thank each other?");
        assertThat(rules.page(manager, team).viewerMayEdit()).isTrue();
        assertThat(rules.revisions(member, team)).isEmpty();
    }

    @Test
    void everySaveIsARevisionAndAnOlderOneCanBeRead() {
        rules.revise(manager, team, 0, "# Rules\n\nAsk anything.");
        clock.set(Instant.parse("2026-06-11T09:00:00Z"));
        var second = rules.revise(manager, team, 1, "# Rules\n\nAsk anything.\n\nSay thanks.");

        assertThat(second.cleaned()).isFalse();
        assertThat(second.page().revision()).isEqualTo(2);
        assertThat(rules.page(member, team).html()).contains("Say thanks.");
        assertThat(rules.revisions(member, team)).extracting(RevisionRow::number).containsExactly(2, 1);
        var first = rules.revision(member, team, 1);
        assertThat(first.html()).contains("Ask anything.").doesNotContain("Say thanks.");
        assertThat(first.latest()).isFalse();
        assertThat(first.writtenAt()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
        assertThatThrownBy(() -> rules.revision(member, team, 3)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSaveOverAnOutdatedRevisionIsAConflictAndWritesNothing() {
        rules.revise(manager, team, 0, "First.");
        var otherManager = fixtures.manager(team);
        rules.revise(otherManager, team, 1, "Second.");

        assertThatThrownBy(() -> rules.revise(manager, team, 1, "Mine."))
                .isInstanceOf(ConflictException.class);
        assertThat(rules.page(member, team).markdown()).isEqualTo("Second.");
    }

    @Test
    void onlyManagersWriteThemAndOutsidersDoNotFindThem() {
        assertThatThrownBy(() -> rules.revise(member, team, 0, "My rules."))
                .isInstanceOf(NotPermittedException.class);
        var outsider = fixtures.member(fixtures.team("Elsewhere"));
        assertThatThrownBy(() -> rules.page(outsider, team)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rules.revisions(outsider, team)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rules.revise(outsider, team, 0, "Theirs.")).isInstanceOf(NotFoundException.class);
        rules.revise(manager, team, 0, "Ours.");
        assertThatThrownBy(() -> rules.revision(outsider, team, 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void emptyOrOverLongRulesAreRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> rules.revise(manager, team, 0, "  \n "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("markdown"));
        assertThatThrownBy(() -> rules.revise(manager, team, 0, "x".repeat(HouseRules.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("markdown"));
        assertThatThrownBy(() -> rules.revise(manager, team, 0, "<script>alert(1)</script>"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rules.revisions(manager, team)).isEmpty();
    }

    @Test
    void scriptsAndEventHandlersAreCleanedAndTheWriterIsTold() {
        var saved = rules.revise(manager, team, 0,
                "# Rules\n\n<script>document.location='https://evil.example'</script>\n\nBe <b onclick=\"steal()\">kind</b>.");

        assertThat(saved.cleaned()).isTrue();
        var page = rules.page(member, team);
        assertThat(page.markdown()).doesNotContain("script", "onclick", "evil").contains("# Rules", "kind");
        assertThat(page.html()).doesNotContain("script", "onclick").contains("<b>kind</b>");
        assertThat(rules.revisions(member, team)).singleElement().satisfies(r -> assertThat(r.cleaned()).isTrue());
    }

    @Test
    void aNewcomerIsShownWrittenRulesOnceAndAlreadyShownMembersAreNot() {
        assertThat(rules.toShowOnArrival(member)).as("only the template so far").isEmpty();
        rules.revise(manager, team, 0, "# Rules\n\nWelcome!");

        assertThat(rules.toShowOnArrival(manager)).as("wrote them").isEmpty();
        assertThat(rules.toShowOnArrival(member)).hasValueSatisfying(page -> {
            assertThat(page.teamId()).isEqualTo(team);
            assertThat(page.html()).contains("Welcome!");
        });
        rules.markSeen(member, team);
        assertThat(rules.toShowOnArrival(member)).isEmpty();

        var outsider = fixtures.member(fixtures.team("Elsewhere"));
        assertThatThrownBy(() -> rules.markSeen(outsider, team)).isInstanceOf(NotFoundException.class);
    }
}
