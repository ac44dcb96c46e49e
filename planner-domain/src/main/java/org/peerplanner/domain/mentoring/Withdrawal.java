package org.peerplanner.domain.mentoring;

/** Why a request was withdrawn: none of these is anyone's fault, and the texts say so. */
public enum Withdrawal {
    /** The mentee took it back. */
    BY_MENTEE,
    /** Another mentor accepted the same goal first. */
    OTHER_MENTOR,
    /** Nobody answered in time; the mentee is shown other mentors. */
    NO_ANSWER
}
