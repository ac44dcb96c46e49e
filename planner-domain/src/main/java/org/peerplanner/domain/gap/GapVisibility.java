package org.peerplanner.domain.gap;

/**
 * Who may see and change a gap, once team membership is settled. A confidential gap usually comes
 * from a 1:1: only the people in that conversation (its reporter, the team's managers) and
 * administrators may know it exists.
 */
public final class GapVisibility {

    private GapVisibility() {
    }

    /** {@code managesTeam} is true for the team's managers and for administrators. */
    public static boolean canSee(boolean confidential, long reporterId, long viewerId, boolean managesTeam) {
        return !confidential || managesTeam || reporterId == viewerId;
    }

    /** Managers fix anyone's wording; a reporter may fix their own. */
    public static boolean canRevise(long reporterId, long viewerId, boolean managesTeam) {
        return managesTeam || reporterId == viewerId;
    }
}
