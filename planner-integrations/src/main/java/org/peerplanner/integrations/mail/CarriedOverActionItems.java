package org.peerplanner.integrations.mail;

import java.util.List;

/**
 * The follow-up loop in an invite: the open action items carried over from the team's earlier sessions, which the
 * invite's description lists. {@link ActionItemsCarriedOver} reads them; tests stand in their own.
 */
@FunctionalInterface
public interface CarriedOverActionItems {

    /** One line per open item, e.g. "Write the runbook for consumer lag (Aisha)"; empty when there are none. */
    List<String> openBefore(long sessionId);
}
