package org.peerplanner.domain.people;

import java.util.List;

/**
 * The teams a person belongs to. The team feature answers it: a membership points at a person, so
 * people may not depend on teams.
 */
public interface TeamPlaces {

    /** Every team of the person, in team name order. */
    List<PersonDetails.TeamPlace> placesOf(long personId);
}
