package org.peerplanner.domain.thanks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Many gives by one person at the same moment, on the real database: the caps hold exactly, every loser is told
 * plainly, and nobody gets a raw database error.
 */
@SpringBootTest
@UsePlannerTestDatabase
class ThanksConcurrencyIT {

    static final int THREADS = 8;

    @Autowired
    Thanks thanks;
    @Autowired
    DomainFixtures fixtures;
    @Autowired
    TestClock clock;

    ExecutorService pool;
    long team;
    Actor giver;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-06-10T09:00:00Z"));
        pool = Executors.newFixedThreadPool(THREADS);
        team = fixtures.team("Thanks race");
        giver = fixtures.member(team);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @RepeatedTest(3)
    void eightThanksToEightPeopleAtOnceGiveExactlyFive() throws Exception {
        List<Actor> receivers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            receivers.add(fixtures.member(team));
        }

        var outcomes = race(receivers.stream().<Callable<Long>>map(r -> () -> thanks.give(giver,
                SayThanks.forHelp(team, r.personId(), "help", "Thank you!"))).toList());

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(ThanksCaps.PER_WEEK);
        assertThat(outcomes.stream().filter(o -> !(o instanceof Long)))
                .allSatisfy(o -> assertThat(o).asString().contains("5 thank-yous this week"));
        assertThat(receivers.stream().mapToInt(r -> thanks.received(r).size()).sum()).isEqualTo(ThanksCaps.PER_WEEK);
    }

    @RepeatedTest(3)
    void eightThanksToOnePersonAtOnceGiveExactlyTwo() throws Exception {
        var receiver = fixtures.member(team);

        var outcomes = race(java.util.stream.IntStream.range(0, THREADS).<Callable<Long>>mapToObj(i -> () ->
                thanks.give(giver, SayThanks.forHelp(team, receiver.personId(), "help " + i, "Thank you!"))).toList());

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(ThanksCaps.PER_PERSON_PER_WEEK);
        assertThat(outcomes.stream().filter(o -> !(o instanceof Long)))
                .allSatisfy(o -> assertThat(o).asString().contains("twice this week"));
        assertThat(thanks.received(receiver)).hasSize(ThanksCaps.PER_PERSON_PER_WEEK);
    }

    /** Runs the calls at the same moment; each outcome is the answer or the refusal's message. */
    private List<Object> race(List<Callable<Long>> calls) throws Exception {
        var ready = new CountDownLatch(calls.size());
        var go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (var call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return call.call();
                } catch (InvalidInputException refused) {
                    return refused.getMessage();
                }
            }));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (var f : futures) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
