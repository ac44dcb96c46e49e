package org.peerplanner.web.recognition;

import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.recognition.MyContributions;
import org.peerplanner.domain.recognition.TeamContributions;
import org.peerplanner.integrations.spreadsheet.ContributionWorkbook;
import org.peerplanner.web.common.DownloadLinks;
import org.springframework.stereotype.Component;

/** Contributions as files, read fresh when a link is clicked: one's own as .xlsx or Markdown, a team's period as .xlsx. */
@Component
class ContributionDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MyContributions mine;
    private final TeamContributions team;
    private final ContributionWorkbook workbook;

    ContributionDownloads(MyContributions mine, TeamContributions team, ContributionWorkbook workbook) {
        this.mine = mine;
        this.team = team;
        this.workbook = workbook;
    }

    Anchor ownXlsx(Actor actor) {
        var link = DownloadLinks.link("Export .xlsx", event -> {
            event.setFileName("my-contributions.xlsx");
            event.setContentType(XLSX);
            workbook.writeOwn(mine.page(actor, null), event.getOutputStream());
        });
        link.setId("my-contributions-xlsx");
        return link;
    }

    Anchor ownMarkdown(Actor actor) {
        var link = DownloadLinks.link("Export Markdown", event -> {
            event.setFileName("my-contributions.md");
            event.setContentType("text/markdown; charset=utf-8");
            event.getOutputStream().write(mine.markdown(actor).getBytes(StandardCharsets.UTF_8));
        });
        link.setId("my-contributions-markdown");
        return link;
    }

    Anchor teamXlsx(Actor actor, long teamId, String teamName, LocalDate from, LocalDate to) {
        var link = DownloadLinks.link("Export .xlsx", event -> {
            event.setFileName(DownloadLinks.slug(teamName) + "-contributions-" + from + "-to-" + to + ".xlsx");
            event.setContentType(XLSX);
            workbook.writeTeam(team.period(actor, teamId, from, to), event.getOutputStream());
        });
        link.setId("team-contributions-xlsx");
        return link;
    }
}
