package org.peerplanner.domain.outcomes;

import java.time.LocalDate;
import java.util.List;

/** An article in its team's dates: written, each later revision saved, and when it should be reviewed (or null). */
public record ArticleTrace(LocalDate writtenOn, List<LocalDate> revisedOn, LocalDate reviewBy) {

    public ArticleTrace {
        revisedOn = List.copyOf(revisedOn);
    }
}
