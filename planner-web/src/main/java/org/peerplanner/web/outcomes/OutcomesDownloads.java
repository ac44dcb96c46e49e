package org.peerplanner.web.outcomes;

import com.vaadin.flow.component.html.Anchor;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.outcomes.OutcomePeriod;
import org.peerplanner.domain.outcomes.OutcomesService;
import org.peerplanner.integrations.outcomes.OutcomesWorkbook;
import org.peerplanner.web.common.DownloadLinks;
import org.springframework.stereotype.Component;

/** The dashboard's series as an .xlsx, measured afresh (with the same access check) when the link is clicked. */
@Component
class OutcomesDownloads {

    private final OutcomesService outcomes;
    private final OutcomesWorkbook workbook;

    OutcomesDownloads(OutcomesService outcomes, OutcomesWorkbook workbook) {
        this.outcomes = outcomes;
        this.workbook = workbook;
    }

    Anchor xlsxLink(Actor actor, long teamId, String teamName, OutcomePeriod period) {
        var anchor = DownloadLinks.link("Export .xlsx", event -> {
            event.setFileName(fileName(teamName, period));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            workbook.write(outcomes.dashboard(actor, teamId, period), event.getOutputStream());
        });
        anchor.setId("outcomes-xlsx");
        return anchor;
    }

    static String fileName(String teamName, OutcomePeriod period) {
        return DownloadLinks.slug(teamName) + "-outcomes-" + period.first() + "-to-" + period.last() + ".xlsx";
    }
}
