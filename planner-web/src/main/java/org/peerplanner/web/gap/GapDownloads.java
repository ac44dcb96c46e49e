package org.peerplanner.web.gap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.GapSheetExport;
import org.springframework.stereotype.Component;

/** Download links for a team's gaps; the file is written straight into the response, row by row. */
@Component
class GapDownloads {

    private final GapSheetExport export;

    GapDownloads(GapSheetExport export) {
        this.export = export;
    }

    Anchor xlsxLink(Actor actor, TeamSummary team) {
        return link("Export .xlsx", event -> {
            event.setFileName(fileName(team, "xlsx"));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export.writeXlsx(actor, team.id(), team.name(), event.getOutputStream());
        });
    }

    Anchor csvLink(Actor actor, TeamSummary team) {
        return link("Export .csv", event -> {
            event.setFileName(fileName(team, "csv"));
            event.setContentType("text/csv; charset=utf-8");
            export.writeCsv(actor, team.id(), event.getOutputStream());
        });
    }

    private static Anchor link(String text, DownloadHandler handler) {
        var anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-right", "var(--lumo-space-xs)");
        anchor.addComponentAsFirst(icon);
        return anchor;
    }

    private static String fileName(TeamSummary team, String extension) {
        String slug = team.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + "-gaps-" + LocalDate.now() + "." + extension;
    }
}
