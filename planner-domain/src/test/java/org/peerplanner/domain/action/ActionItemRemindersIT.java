package org.peerplanner.domain.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** The reminder job's reading and bookkeeping on the real database: each reminder is claimed once. */
@SpringBootTest
@UsePlannerTestDatabase
class ActionItemRemindersIT {

    @Autowired
    TestClock clock;
    @Autowired
    ActionItemReminders reminders;
    @Autowired
    ActionItemService actions;
    @Autowired
    SessionService sessions;
    @Autowired
    TeamService teams;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void dueRemindersAreClaimedOnceAndOwnersWhoLeftGetNone() {
        clock.set(Instant.parse("2030-05-01T08:00:00Z"));
        long team = fixtures.team("Reminders");
        Actor manager = fixtures.manager(team);
        Actor stays = fixtures.member(team);
        Actor leaves = fixtures.member(team);
        long session = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: x",
                ZonedDateTime.parse("2030-04-30T12:00:00+02:00[Europe/Berlin]"), manager.personId())).id();
        long mine = actions.raiseAtSession(manager, session, new ActionItemDraft("Stay", stays.personId(),
                LocalDate.of(2030, 5, 3)));
        long gone = actions.raiseAtSession(manager, session, new ActionItemDraft("Gone", leaves.personId(),
                LocalDate.of(2030, 5, 3)));
        actions.raiseAtSession(manager, session, new ActionItemDraft("Later", stays.personId(), LocalDate.of(2030, 6, 1)));
        long membership = teams.members(manager, team, "", PageRequest.of(0, 50)).stream()
                .filter(m -> m.personId() == leaves.personId()).findFirst().orElseThrow().membershipId();
        teams.removeMember(manager, membership);

        var due = reminders.due(3).stream().filter(r -> r.itemId() == mine || r.itemId() == gone).toList();
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.itemId()).isEqualTo(mine);
            assertThat(r.kind()).isEqualTo(ReminderKind.BEFORE_DUE);
            assertThat(r.source()).isEqualTo("Lunch & learn: x");
        });
        Reminder reminder = due.getFirst();
        assertThat(reminders.claim(reminder)).isTrue();
        assertThat(reminders.claim(reminder)).as("a second instance or run").isFalse();
        assertThat(reminders.due(3)).noneMatch(r -> r.itemId() == mine);

        reminders.unclaim(reminder);
        assertThat(reminders.due(3)).anyMatch(r -> r.itemId() == mine);

        clock.set(Instant.parse("2030-05-04T06:00:00Z"));
        assertThat(reminders.due(3)).filteredOn(r -> r.itemId() == mine).extracting(Reminder::kind)
                .containsExactly(ReminderKind.OVERDUE);
    }
}
