package org.peerplanner.domain.help;

import java.util.List;

/** The help board: open requests the viewer can help with first, then the rest they may see. */
public record HelpBoard(List<HelpCard> canHelp, List<HelpCard> others) {
}
