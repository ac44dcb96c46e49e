package org.peerplanner.domain.session;

import java.time.ZonedDateTime;
import java.util.List;

/** One session with everything a page or an invite shows, and what the viewer may do with it. */
public record SessionDetails(long id, long version, String uid, long teamId, String teamName, SessionFormat format,
                             String title, String agenda, ZonedDateTime start, int durationMinutes, String location,
                             Person facilitator, Person coFacilitator, PairingFocus pairingFocus, String changeLink,
                             List<GapRef> gaps, List<AttendeeView> attendees, List<Material> materials, String takeaways,
                             SessionStatus status, String cancelReason, int revision, SwapView openSwap,
                             Permissions viewerMay) {

    public record Person(long id, String name, String email) {
    }

    public record GapRef(long id, String title) {
    }

    public record AttendeeView(long personId, String name, String email, Rsvp rsvp) {
    }

    public record Permissions(boolean edit, boolean accept, boolean decline, boolean volunteer, boolean requestSwap,
                              boolean takeSwap, boolean hold, boolean cancel, boolean answer, boolean recordTakeaways) {
    }
}
