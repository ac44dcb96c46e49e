package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.mentoring.MeetingPlan;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.MentoringAsk;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A mentorship's meetings in both people's personal feed, through the real endpoint and database: one recurring
 * event, and a conditional request that was "not modified" before a pause or an end gets the new series at once
 * (by ETag and by If-Modified-Since alike).
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class MentorshipFeedIT {

    private final CalendarFeedService feeds;
    private final MentoringRequests requests;
    private final Mentorships mentorships;
    private final TestClock clock;
    private final MockMvc mvc;
    private final Actor mentor;
    private final Actor mentee;

    @Autowired
    MentorshipFeedIT(WebApplicationContext context, CalendarFeedService feeds, MentorOffers offers,
                     MentoringRequests requests, Mentorships mentorships, WebFixtures fixtures, TestClock clock) {
        this.feeds = feeds;
        this.requests = requests;
        this.mentorships = mentorships;
        this.clock = clock;
        this.mvc = FeedMockMvc.of(context);
        this.mentor = new Actor(fixtures.personId(fixtures.newMember("Mobile Apps", "Feed Mentor")), false);
        this.mentee = new Actor(fixtures.personId(fixtures.newMember("Payments Platform", "Feed Mentee")), false);
        offers.offer(mentor, offers.myOffer(mentor).version(), new MentorOfferForm(true, 2, List.of(), null,
                Rhythm.BIWEEKLY, false, null));
    }

    @Test
    void bothFeedsShowOneFortnightlySeriesAndAPauseOrAnEndIsInTheNextResponse() throws Exception {
        String mentorFeed = "/calendar/" + feeds.token(mentor).orElseThrow() + "/me.ics";
        String menteeFeed = "/calendar/" + feeds.token(mentee).orElseThrow() + "/me.ics";
        var before = mvc.perform(get(menteeFeed)).andReturn().getResponse();
        String etag = before.getHeader("ETag");
        assertThat(body(before.getContentAsByteArray())).doesNotContain("Mentoring:");

        LocalDate start = LocalDate.now(clock).plusDays(1);
        long id = requests.accept(mentor, requests.ask(mentee, new MentoringAsk(mentor.personId(), "Kafka",
                "Consumer lag puzzles me.", Rhythm.BIWEEKLY)), new MeetingPlan(Rhythm.BIWEEKLY, DayOfWeek.THURSDAY,
                LocalTime.of(16, 0), 45, start, "https://meet.example.com/kafka"));

        String agreed = changed(menteeFeed, etag);
        for (String ics : List.of(agreed, body(mvc.perform(get(mentorFeed)).andReturn().getResponse()
                .getContentAsByteArray()))) {
            ICalendar calendar = Biweekly.parse(ics).first();
            assertThat(calendar.getEvents()).filteredOn(e -> e.getUid().getValue().equals("mentorship-" + id + "@peer-planner"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getSummary().getValue()).isEqualTo("Mentoring: Kafka");
                        assertThat(e.getRecurrenceRule().getValue().getInterval()).isEqualTo(2);
                    });
            assertThat(rrule(ics, id)).isEqualTo("FREQ=WEEKLY;INTERVAL=2");
        }
        etag = etagOf(menteeFeed);
        String lastModified = mvc.perform(get(menteeFeed)).andReturn().getResponse().getHeader("Last-Modified");
        assertThat(status(menteeFeed, etag, null)).isEqualTo(304);
        assertThat(status(menteeFeed, null, lastModified)).isEqualTo(304);

        clock.advance(java.time.Duration.ofSeconds(2)); // Last-Modified has whole seconds
        mentorships.pauseUntil(mentee, id, mentorships.page(mentee, id).version(), start.plusWeeks(3));
        String paused = changed(menteeFeed, etag);
        assertThat(status(menteeFeed, null, lastModified)).as("If-Modified-Since sees the pause too").isEqualTo(200);
        assertThat(property(paused, id, Property.EXDATE)).isNotEmpty();

        etag = etagOf(menteeFeed);
        var startedAt = clock.instant();
        try {
            clock.advance(java.time.Duration.ofDays(30)); // some meetings took place
            mentorships.end(mentor, id, mentorships.page(mentor, id).version(), true, null);
            String ended = changed(menteeFeed, etag);
            assertThat(rrule(ended, id).split(";")).containsExactlyInAnyOrder("FREQ=WEEKLY", "INTERVAL=2",
                    "UNTIL=" + rrule(ended, id).replaceAll(".*UNTIL=([^;]+).*", "$1"));
        } finally {
            clock.set(startedAt); // the shared demo context's other tests expect its mentors to be recently seen
        }
    }

    private String changed(String url, String oldEtag) throws Exception {
        var response = mvc.perform(get(url).header("If-None-Match", oldEtag)).andReturn().getResponse();
        assertThat(response.getStatus()).as("not the stale 304").isEqualTo(200);
        return body(response.getContentAsByteArray());
    }

    private String etagOf(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
    }

    private int status(String url, String ifNoneMatch, String ifModifiedSince) throws Exception {
        var request = get(url);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String body(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String rrule(String ics, long id) throws Exception {
        return property(ics, id, Property.RRULE).getFirst();
    }

    /** Read with iCal4j, the other parser. */
    private static List<String> property(String ics, long id, String name) throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue()
                        .equals("mentorship-" + id + "@peer-planner"))
                .flatMap(e -> e.<Property>getProperties(name).stream()).map(Property::getValue).toList();
    }
}
