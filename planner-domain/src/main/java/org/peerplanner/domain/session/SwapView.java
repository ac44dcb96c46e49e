package org.peerplanner.domain.session;

import java.time.ZonedDateTime;

/** An open swap request as the rota shows it. */
public record SwapView(long id, long sessionId, String sessionTitle, ZonedDateTime start, long requestedById,
                       String requestedByName, String reason) {
}
