package org.peerplanner.web.action;

import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ReviewOrder;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.ActionItemWorkbook;
import org.peerplanner.web.common.DownloadLinks;
import org.springframework.stereotype.Component;

/** The team review as an .xlsx download, read fresh when the link is clicked. */
@Component
class ActionItemDownloads {

    private final ActionItemQueries queries;
    private final ActionItemWorkbook workbook;
    private final Clock clock;

    ActionItemDownloads(ActionItemQueries queries, ActionItemWorkbook workbook, Clock clock) {
        this.queries = queries;
        this.workbook = workbook;
        this.clock = clock;
    }

    Anchor xlsxLink(Actor actor, TeamSummary team) {
        var anchor = DownloadLinks.link("Export .xlsx", event -> {
            event.setFileName(fileName(team));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            workbook.write(team.name(), queries.teamReview(actor, team.id(), ReviewOrder.BY_SESSION),
                    event.getOutputStream());
        });
        anchor.setId("action-items-xlsx");
        return anchor;
    }

    /** Dated by the team's today, like every date in the file. */
    String fileName(TeamSummary team) {
        return DownloadLinks.slug(team.name()) + "-action-items-" + LocalDate.now(clock.withZone(ZoneId.of(team.timeZone())))
                + ".xlsx";
    }
}
