package org.peerplanner.web.action;

import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
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

    ActionItemDownloads(ActionItemQueries queries, ActionItemWorkbook workbook) {
        this.queries = queries;
        this.workbook = workbook;
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

    static String fileName(TeamSummary team) {
        return DownloadLinks.slug(team.name()) + "-action-items-" + LocalDate.now() + ".xlsx";
    }
}
