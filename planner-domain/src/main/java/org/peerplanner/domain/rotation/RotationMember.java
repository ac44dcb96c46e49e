package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.List;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.Skill;

/**
 * A team member as the engine sees them.
 *
 * @param joinedOn when they joined the team; {@code null} counts as long ago (no grace period)
 * @param inRotation whether they take turns facilitating
 */
public record RotationMember(long personId, String name, LocalDate joinedOn, boolean inRotation,
                             List<Absence> absences, List<Skill> skills) {

    public RotationMember {
        name = name == null ? "#" + personId : name;
        absences = absences == null ? List.of() : List.copyOf(absences);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public boolean isAbsentOn(LocalDate day) {
        for (Absence absence : absences) {
            if (absence.covers(day)) {
                return true;
            }
        }
        return false;
    }
}
