package org.peerplanner.domain.rotation;

/** Someone who could pair on the day, and whether they are out of office then. */
public record PairingPerson(long personId, String name, boolean outOfOffice) {

    public static PairingPerson present(long personId, String name) {
        return new PairingPerson(personId, name, false);
    }

    /** Out of office on {@code day} according to the member's absences. */
    public static PairingPerson of(RotationMember member, java.time.LocalDate day) {
        return new PairingPerson(member.personId(), member.name(), member.isAbsentOn(day));
    }
}
