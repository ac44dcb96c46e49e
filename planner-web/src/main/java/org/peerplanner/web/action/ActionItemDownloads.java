package org.peerplanner.web.action;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ReviewOrder;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.ActionItemWorkbook;
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
        var anchor = new Anchor(event -> {
            event.setFileName(fileName(team));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            workbook.write(team.name(), queries.teamReview(actor, team.id(), ReviewOrder.BY_SESSION),
                    event.getOutputStream());
        }, "Export .xlsx");
        anchor.setId("action-items-xlsx");
        anchor.getElement().setAttribute("download", true);
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-right", "var(--lumo-space-xs)");
        anchor.addComponentAsFirst(icon);
        return anchor;
    }

    static String fileName(TeamSummary team) {
        String slug = team.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + "-action-items-" + LocalDate.now() + ".xlsx";
    }
}
