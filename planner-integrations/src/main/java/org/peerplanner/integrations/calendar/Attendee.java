package org.peerplanner.integrations.calendar;

/**
 * Someone invited to a session, as the calendar should show them.
 *
 * @param name  display name, any script; may be null
 * @param rsvp  whether the organizer asks for a reply
 */
public record Attendee(String name, String email, Role role, PartStat partStat, boolean rsvp) {

    public Attendee {
        email = Texts.requireText(email, "email");
        role = role == null ? Role.REQ_PARTICIPANT : role;
        partStat = partStat == null ? PartStat.NEEDS_ACTION : partStat;
    }

    /** The facilitator is the chair; everyone else is required or optional. */
    public enum Role {
        CHAIR, REQ_PARTICIPANT, OPT_PARTICIPANT;
    }

    /** The attendee's answer so far. */
    public enum PartStat {
        NEEDS_ACTION, ACCEPTED, DECLINED, TENTATIVE;
    }
}
