package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The demo's roundtables as the subscription feeds serve them, byte for byte: only "Peer roundtable", never a title,
 * a presenter's problem, a takeaway or a commitment, in the team feed and in an attendee's own feed alike.
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class RoundtableFeedIT {

    /** Words from the demo roundtables' titles, problems, takeaways and commitments. */
    static final List<String> CONFIDENTIAL = List.of("Peer roundtable: November", "Peer roundtable: December",
            "On-call handovers", "ledger migration", "Contract tests between checkout", "first big pull request",
            "written template", "five-line handover", "three spikes");

    @Autowired
    WebApplicationContext context;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    WebFixtures fixtures;

    private String fetch(String url) throws Exception {
        MockMvc mvc = FeedMockMvc.of(context);
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<VEvent> roundtables(String body) {
        List<ICalendar> all = Biweekly.parse(body).all();
        assertThat(all).hasSize(1);
        return all.getFirst().getEvents().stream()
                .filter(e -> e.getSummary().getValue().startsWith("Peer roundtable")).toList();
    }

    @Test
    void theTeamFeedShowsOnlyPeerRoundtable() throws Exception {
        Actor maria = new Actor(fixtures.personId("maria@example.com"), false);
        long payments = fixtures.teamId("Payments Platform");

        String body = fetch("/calendar/" + feeds.token(maria).orElseThrow() + "/team/" + payments + ".ics");

        var events = roundtables(body);
        assertThat(events).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("Peer roundtable"));
        assertThat(body.replace("\r\n ", "")).doesNotContain(CONFIDENTIAL);
    }

    @Test
    void anAttendeesOwnFeedWithActionItemsNamesTheCommitmentButDoesNotQuoteIt() throws Exception {
        Actor jonas = new Actor(fixtures.personId("jonas@example.com"), false);
        boolean before = feeds.showsActionItems(jonas);
        feeds.showActionItems(jonas, true);
        try {
            String body = fetch("/calendar/" + feeds.token(jonas).orElseThrow() + "/me.ics");

            assertThat(roundtables(body)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("Peer roundtable"));
            String unfolded = body.replace("\r\n ", "");
            assertThat(unfolded).contains("A commitment from a peer roundtable").doesNotContain(CONFIDENTIAL);
        } finally {
            feeds.showActionItems(jonas, before);
        }
    }
}
