package org.peerplanner.web.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MeetingPlan;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.MentoringAsk;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.mentoring.Rhythm;
import org.springframework.stereotype.Component;

/**
 * Peer mentoring in the demo organisation: mentors with different skills and places (Daniel full, Zoë paused, Priya
 * charging), two running mentorships (Daniel and Maria across teams), Sam's request waiting for Jonas, Carlos asked
 * for more by Aisha, one completed and one ended early.
 */
@Component
@DemoMode
class MentoringDemo implements DemoChapter {

    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final Mentorships mentorships;

    MentoringDemo(MentorOffers offers, MentoringRequests requests, Mentorships mentorships) {
        this.offers = offers;
        this.requests = requests;
        this.mentorships = mentorships;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(DemoOrganisation org) {
        Actor jonas = org.actor("jonas");
        if (!mentorships.mine(jonas).mentees().isEmpty() || !mentorships.mine(jonas).toAnswer().isEmpty()) {
            return;
        }
        offer(org, "jonas", 2, List.of("Kafka", "Java"), "We pick a real ticket and work through it together.",
                Rhythm.BIWEEKLY, null);
        offer(org, "maria", 2, List.of("Coaching", "Payments compliance"), "Conversations, not lectures.",
                Rhythm.MONTHLY, null);
        offer(org, "aisha", 2, List.of("PostgreSQL", "SQL tuning"), "Bring a slow query; we read the plan together.",
                Rhythm.WEEKLY, null);
        offer(org, "zoe", 1, List.of("Accessibility", "React"), "Screen reader first, then the code.", Rhythm.BIWEEKLY, null);
        offer(org, "daniel", 1, List.of("Kotlin", "Hiring"), "Practical, with homework between meetings.",
                Rhythm.BIWEEKLY, null);
        offer(org, "priya", 2, List.of("Swift", "SwiftUI"), "Architecture reviews of your own app.", Rhythm.BIWEEKLY,
                "60 EUR an hour through my consultancy; the first meeting is free.");
        offer(org, "hannah", 1, List.of("Product analytics"), null, Rhythm.MONTHLY, null);

        mentor(org, "tomas", "jonas", "Kafka", "I keep getting lost in consumer group rebalancing.", DayOfWeek.THURSDAY);
        mentor(org, "maria", "daniel", "Hiring", "We hire two engineers next quarter; I have never run a loop.", DayOfWeek.TUESDAY, LocalTime.of(8, 0));
        requests.ask(org.actor("sam"), new MentoringAsk(org.person("jonas"), "Event-driven design",
                "Our GraphQL layer will publish events soon. Could we look at the design together?", Rhythm.BIWEEKLY));
        long carlos = requests.ask(org.actor("carlos"), new MentoringAsk(org.person("aisha"), "SQL tuning",
                "Our CI database tests got slow; I would like to understand query plans.", Rhythm.WEEKLY));
        requests.askForMore(org.actor("aisha"), carlos, "Which database do your tests run on, and how slow is slow?");
        long done = mentor(org, "emily", "hannah", "Product analytics", "I want to design my first A/B test well.",
                DayOfWeek.WEDNESDAY);
        mentorships.end(org.actor("emily"), done, mentorships.page(org.actor("emily"), done).version(), true,
                "Shipped the experiment; thank you!");
        long early = mentor(org, "lukas", "priya", "SwiftUI", "Curious about SwiftUI for an internal tool.", DayOfWeek.MONDAY);
        mentorships.end(org.actor("lukas"), early, mentorships.page(org.actor("lukas"), early).version(), false,
                "The internal tool was cancelled.");
        var zoe = org.actor("zoe");
        offers.pauseUntil(zoe, offers.myOffer(zoe).version(), org.today().plusWeeks(3));
    }

    private void offer(DemoOrganisation org, String key, int places, List<String> skills, String style, Rhythm rhythm,
                       String charges) {
        Actor mentor = org.actor(key);
        offers.offer(mentor, offers.myOffer(mentor).version(),
                new MentorOfferForm(true, places, skills, style, rhythm, charges != null, charges));
    }

    private long mentor(DemoOrganisation org, String mentee, String mentor, String goal, String message, DayOfWeek day) {
        return mentor(org, mentee, mentor, goal, message, day, LocalTime.of(15, 0));
    }

    /** At a time in the mentor's zone: 8:00 in Los Angeles is late afternoon in Berlin. */
    private long mentor(DemoOrganisation org, String mentee, String mentor, String goal, String message, DayOfWeek day,
                        LocalTime time) {
        long request = requests.ask(org.actor(mentee), new MentoringAsk(org.person(mentor), goal, message, Rhythm.BIWEEKLY));
        return requests.accept(org.actor(mentor), request, new MeetingPlan(Rhythm.BIWEEKLY, day, time, 45,
                org.today(), "https://meet.example.com/mentoring-" + mentee));
    }
}
