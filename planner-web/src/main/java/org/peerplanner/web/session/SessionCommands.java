package org.peerplanner.web.session;

import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.web.action.SessionFollowUps;
import org.peerplanner.web.roundtable.RoundtableSections;
import org.springframework.stereotype.Component;

/**
 * What a person can do on a session's page beyond reading it, one service per verb group: lead it (accept,
 * decline, volunteer), swap it, answer the invitation, hold it; follow it up; and a roundtable's own part
 * (presenters, commitments). The page wires its buttons and sections to these.
 */
@Component
record SessionCommands(FacilitationService facilitation, SwapService swaps, AttendanceService attendance,
                       SessionHoldingService holding, SessionFollowUps followUps, RoundtableSections roundtables) {
}
