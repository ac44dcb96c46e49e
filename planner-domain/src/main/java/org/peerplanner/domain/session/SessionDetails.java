package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One session with everything a page or an invite shows, and what the viewer may do with it.
 *
 * @param viewerRsvp the viewer's own answer; {@code null} when they lead it or are not invited
 * @param twoWeeksRunning a warning when the viewer leads this session, or may take its swap, and leads another one of
 *                        the team in the week before, the same week or the week after; {@code null} otherwise
 * @param notesWithheld   a confidential session (a peer roundtable) the viewer does not attend: its title, agenda,
 *                        takeaways, materials and follow-ups are left out, and the page says why
 */
public record SessionDetails(long id, long version, String uid, long teamId, String teamName, SessionFormat format,
                             String title, String agenda, ZonedDateTime start, int durationMinutes, String location,
                             Person facilitator, Person coFacilitator, PairingFocus pairingFocus, String changeLink,
                             List<GapRef> gaps, List<AttendeeView> attendees, List<Material> materials, String takeaways,
                             SessionStatus status, String cancelReason, int revision, SwapView openSwap,
                             Permissions viewerMay, Rsvp viewerRsvp, String twoWeeksRunning,
                             boolean notesWithheld) {

    /** Who comes, in words: facilitators count as coming, they lead it. */
    public String attendanceSummary() {
        long yes = attendees.stream().filter(a -> a.leads() || a.rsvp() == Rsvp.YES).count();
        return yes + " coming, " + count(Rsvp.MAYBE) + " maybe, " + count(Rsvp.NO) + " not coming, "
                + count(Rsvp.PENDING) + " not answered";
    }

    /** A held session can be written up in the knowledge base (the article's own rules decide who may save it). */
    public boolean viewerMayWriteArticle() {
        return status == SessionStatus.HELD && !format.isConfidential();
    }

    private long count(Rsvp rsvp) {
        return attendees.stream().filter(a -> !a.leads() && a.rsvp() == rsvp).count();
    }

    public record Person(long id, String name, String email) {
    }

    public record GapRef(long id, String title) {
    }

    /** One invitee; {@code leads} for the facilitator and co-facilitator, who attend by definition. */
    public record AttendeeView(long personId, String name, String email, Rsvp rsvp, boolean leads) {

        public String answer() {
            return leads ? "Leads the session" : rsvp.label();
        }
    }

    /** {@code setBack}: undo "held" (the team's managers and the session's facilitator, as the service checks). */
    public record Permissions(boolean edit, boolean accept, boolean decline, boolean volunteer, boolean requestSwap,
                              boolean takeSwap, boolean hold, boolean cancel, boolean answer, boolean recordTakeaways,
                              boolean setBack) {
    }
}
