package org.peerplanner.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.mentoring.MentoringWorld.ask;
import static org.peerplanner.domain.mentoring.MentoringWorld.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Many accepts at the same moment, on the real database: a mentor never gets more mentees than places, and a mentee
 * never gets two mentors for one goal. Every loser is told plainly; nobody gets a raw database error.
 */
@SpringBootTest
@UsePlannerTestDatabase
class MentoringConcurrencyIT {

    static final int THREADS = 8;

    @Autowired
    MentoringWorld world;
    @Autowired
    MentoringRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    MentorOffers offers;
    @Autowired
    TestClock clock;

    ExecutorService pool;
    long team;
    LocalDate today;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(THREADS);
        team = world.team("Race");
        today = LocalDate.now(clock);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @RepeatedTest(3)
    void aMentorWithTwoPlacesAcceptingEightMenteesAtOnceGetsExactlyTwo() throws Exception {
        var mentor = world.mentor(team, "Popular Mentor", 2, "Kafka");
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            asked.add(requests.ask(world.mentee(team, "Mentee " + i), ask(mentor, "Kafka")));
        }

        var outcomes = race(asked.stream().<Callable<Long>>map(id -> () -> requests.accept(mentor, id, plan(today))).toList());

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(2);
        assertThat(outcomes.stream().filter(o -> !(o instanceof Long)))
                .allSatisfy(o -> assertThat(o).asString().contains("places are taken"));
        assertThat(mentorships.mine(mentor).mentees()).hasSize(2);
        assertThat(offers.myOffer(mentor).status()).isEqualTo("Full");
    }

    @RepeatedTest(3)
    void threeMentorsAcceptingTheSameMenteesGoalAtOnceGiveHimOneMentor() throws Exception {
        var mentee = world.mentee(team, "Sought-after Mentee");
        List<Actor> mentors = new ArrayList<>();
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var mentor = world.mentor(team, "Mentor " + i, 2, "Kafka");
            mentors.add(mentor);
            asked.add(requests.ask(mentee, ask(mentor, "Kafka")));
        }
        List<Callable<Long>> accepts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var mentor = mentors.get(i);
            long id = asked.get(i);
            accepts.add(() -> requests.accept(mentor, id, plan(today)));
        }

        var outcomes = race(accepts);

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof Long)))
                .allSatisfy(o -> assertThat(o).asString().containsAnyOf("no longer open", "already has a mentor"));
        assertThat(mentorships.mine(mentee).mentors()).hasSize(1);
        assertThat(mentors).filteredOn(m -> offers.myOffer(m).status().equals("1 of 2 places free")).hasSize(1);
        assertThat(mentorships.mine(mentee).myRequests()).isEmpty();
    }

    /** Starts every task at once; each outcome is the task's answer or the message it was refused with. */
    private List<Object> race(List<Callable<Long>> tasks) throws Exception {
        var go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (var task : tasks) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    return (Object) task.call();
                } catch (InvalidInputException refused) {
                    return refused.getMessage();
                }
            }));
        }
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (var future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
