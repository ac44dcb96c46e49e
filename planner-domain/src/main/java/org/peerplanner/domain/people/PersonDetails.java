package org.peerplanner.domain.people;

import java.util.List;
import org.peerplanner.domain.access.TeamRole;

/** A person as a form shows them, with the version the form must send back when saving. */
public record PersonDetails(long id, long version, PersonProfile profile, boolean administrator,
                            List<TeamPlace> teams, boolean editableByViewer) {

    /** One of the person's teams and their place in it. */
    public record TeamPlace(long teamId, String teamName, TeamRole role, boolean inRotation) {
    }
}
