package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.session.SessionCalendarQuery;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.integrations.mail.SessionInvites;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The next session's invite lists what is still open from the sessions before it, and nothing that is done. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class InviteActionItemsIT {

    @Autowired
    TestClock clock;
    @Autowired
    SessionService sessions;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    SessionCalendarQuery calendarEntries;
    @Autowired
    SessionInvites invites;
    @Autowired
    WebFixtures fixtures;

    @Test
    void anInviteCarriesTheOpenActionItemsFromEarlierSessions() {
        long team = fixtures.teamId("Mobile Apps");
        Actor daniel = new Actor(fixtures.personId("daniel@example.com"), false);
        String email = fixtures.newMember("Mobile Apps", "Invite Reader");
        long owner = fixtures.personId(email);
        ZonedDateTime first = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(40).withHour(12).withMinute(0)
                .withSecond(0).withNano(0);
        var earlier = sessions.schedule(daniel, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                "Lunch & learn: earlier " + System.nanoTime(), first, daniel.personId()));
        var next = sessions.schedule(daniel, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                "Lunch & learn: next " + System.nanoTime(), first.plusDays(7), daniel.personId()));
        LocalDate due = first.toLocalDate().plusDays(3);
        actionItems.raiseAtSession(daniel, earlier.id(), new ActionItemDraft("Profile the cold start", owner, due));
        long done = actionItems.raiseAtSession(daniel, earlier.id(), new ActionItemDraft("Book the room", owner, due));
        actionItems.complete(daniel, done, "Booked.");

        String description = invites.event(calendarEntries.find(next.id()).orElseThrow()).description();

        String dueText = due.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
        assertThat(description).contains("Open action items carried over from earlier sessions:\n- ")
                .contains("\n- Profile the cold start (Invite Reader, due " + dueText + ")");
        assertThat(description).doesNotContain("Book the room");
    }
}
