package org.peerplanner.web.thanks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.houserules.HouseRules;
import org.peerplanner.domain.thanks.Thanks;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo organisation's thanks and house rules, as people meet them after signing in. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class ThanksDemoIT {

    @Autowired
    Thanks thanks;
    @Autowired
    HouseRules rules;
    @Autowired
    WebFixtures fixtures;

    @Test
    void demoPeopleThankEachOtherOverSeveralWeeksAndPaymentsShowsItsWall() {
        var jonas = actor("jonas@example.com");
        var received = thanks.received(jonas);
        assertThat(received).isNotEmpty().allSatisfy(card -> assertThat(card.reason()).isNotBlank());

        var wall = thanks.wall(actor("maria@example.com"), fixtures.teamId("Payments Platform"));
        assertThat(wall.shown()).isTrue();
        assertThat(wall.thanks()).hasSizeGreaterThan(5);
        assertThat(wall.thanks().stream().map(c -> c.givenAt().truncatedTo(ChronoUnit.DAYS)).distinct().count())
                .as("spread over the demo weeks").isGreaterThan(3);
        assertThat(thanks.wall(actor("daniel@example.com"), fixtures.teamId("Mobile Apps")).shown()).isFalse();
    }

    @Test
    void bothTeamsHaveHouseRulesAndOnlyTheNewcomerIsShownThemOnArrival() {
        assertThat(rules.page(actor("maria@example.com"), fixtures.teamId("Payments Platform")).revision()).isEqualTo(2);
        assertThat(rules.page(actor("daniel@example.com"), fixtures.teamId("Mobile Apps")).revision()).isEqualTo(1);
        Stream.of("maria", "jonas", "riley", "aisha", "daniel", "priya").forEach(key ->
                assertThat(rules.toShowOnArrival(actor(key + "@example.com"))).as(key).isEmpty());
        assertThat(rules.toShowOnArrival(actor("tomas@example.com"))).hasValueSatisfying(page ->
                assertThat(page.teamName()).isEqualTo("Payments Platform"));
    }

    private Actor actor(String email) {
        return new Actor(fixtures.personId(email), false);
    }
}
