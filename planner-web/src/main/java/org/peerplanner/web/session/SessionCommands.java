package org.peerplanner.web.session;

import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.SwapService;
import org.springframework.stereotype.Component;

/**
 * What a person can do on a session's page beyond reading it, one service per verb group: lead it (accept,
 * decline, volunteer), swap it, answer the invitation, hold it. The page wires its buttons to these.
 */
@Component
record SessionCommands(FacilitationService facilitation, SwapService swaps, AttendanceService attendance,
                       SessionHoldingService holding) {
}
