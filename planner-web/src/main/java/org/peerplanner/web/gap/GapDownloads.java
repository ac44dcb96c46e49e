package org.peerplanner.web.gap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.GapSheetExport;
import org.peerplanner.web.common.DownloadLinks;
import org.springframework.stereotype.Component;

/** Download links for a team's gaps; the file is written straight into the response, row by row. */
@Component
class GapDownloads {

    private final GapSheetExport export;
    private final Clock clock;

    GapDownloads(GapSheetExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    /** The board's downloads, and for managers the way back in: importing a retro export. */
    HorizontalLayout bar(Actor actor, TeamSummary team) {
        var importLink = new RouterLink("Import a retro export", GapImportView.class);
        importLink.setVisible(team.manageable());
        var bar = new HorizontalLayout(xlsxLink(actor, team), csvLink(actor, team), importLink);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    Anchor xlsxLink(Actor actor, TeamSummary team) {
        return DownloadLinks.link("Export .xlsx", event -> {
            event.setFileName(fileName(team, "xlsx"));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export.writeXlsx(actor, team.id(), team.name(), event.getOutputStream());
        });
    }

    Anchor csvLink(Actor actor, TeamSummary team) {
        return DownloadLinks.link("Export .csv", event -> {
            event.setFileName(fileName(team, "csv"));
            event.setContentType("text/csv; charset=utf-8");
            export.writeCsv(actor, team.id(), event.getOutputStream());
        });
    }

    private String fileName(TeamSummary team, String extension) {
        return DownloadLinks.slug(team.name()) + "-gaps-" + LocalDate.now(clock.withZone(ZoneId.of(team.timeZone())))
                + "." + extension;
    }
}
