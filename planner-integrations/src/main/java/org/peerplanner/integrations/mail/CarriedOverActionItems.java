package org.peerplanner.integrations.mail;

import java.util.List;

/**
 * Extension point for the follow-up loop: the open action items from the team's previous session, which an
 * invite's description lists under "Open action items from last time". Action items do not exist yet, so no bean
 * implements this and invites leave the section out; the action-items feature provides one.
 */
@FunctionalInterface
public interface CarriedOverActionItems {

    /** One line per open item, e.g. "Write the runbook for consumer lag (Aisha)"; empty when there are none. */
    List<String> openBefore(long sessionId);
}
