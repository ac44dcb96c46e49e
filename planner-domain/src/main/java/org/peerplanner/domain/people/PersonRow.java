package org.peerplanner.domain.people;

/** A line in a people grid. */
public record PersonRow(long id, String fullName, String email, String timeZone, String skills,
                        boolean mentoringAvailable, int mentoringCapacity, boolean administrator) {

    static PersonRow of(Person p) {
        return new PersonRow(p.getId(), p.getFullName(), p.getEmail(), p.getTimeZone().getId(), p.skillSummary(),
                p.isMentoringAvailable(), p.getMentoringCapacity(), p.isAdministrator());
    }
}
