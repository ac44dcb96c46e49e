package org.peerplanner.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@UsePlannerTestDatabase
class PairingWishesIT {

    @Autowired
    PairingService pairing;
    @Autowired
    PairingWishes wishes;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void theRotaListsEachWishWithTheNamesPeopleKnow() {
        long team = fixtures.team("Wishes");
        var manager = fixtures.manager(team);
        var mentor = fixtures.person(team, "Mira Mentor", TeamRole.MEMBER);
        var mentee = fixtures.person(team, "Nils Newcomer", TeamRole.MEMBER);
        var other = fixtures.person(team, "Olga Other", TeamRole.MEMBER);
        pairing.preferPairing(manager, team, mentor.personId(), mentee.personId(), PairPreference.Kind.PINNED);
        pairing.preferPairing(manager, team, mentee.personId(), other.personId(), PairPreference.Kind.DO_NOT_PAIR);

        // People were added in this order, so each pair is stored (lower id first) as written here.
        assertThat(wishes.of(manager, team)).extracting(PairingWish::describe).containsExactlyInAnyOrder(
                "Always pair Mira Mentor and Nils Newcomer", "Never pair Nils Newcomer and Olga Other");
    }
}
