package org.peerplanner.web.gap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.peerplanner.integrations.spreadsheet.RetroSheet;
import java.util.concurrent.Executor;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapImportService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.RetroFileReader;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.gap.ImportPreviewStep.SheetPreview;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Import a retrospective export in four steps: upload, preview (every row with its messages and
 * likely duplicates, and a decision per row), confirm, summary. Nothing is written before confirm,
 * and confirm writes all rows or none.
 */
@Route("gaps/import")
@PageTitle("Import gaps · Peer Planner")
@PermitAll
public class GapImportView extends VerticalLayout {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String TOO_LARGE = "The file is larger than 10 MB. Use an .xlsx or .csv file of at most 10 MB.";
    /** Files above this are read in the background with a progress bar; small ones at once. */
    static final int BACKGROUND_READ_BYTES = 256 * 1024;

    final ImportUploadStep uploadStep;
    final Upload upload;
    final Paragraph refusal;
    final ImportPreviewStep previewStep;
    final Grid<ImportRow> previewGrid;
    final Span previewSummary;
    final Button confirm;
    final ImportSummaryStep summaryStep = new ImportSummaryStep();
    final Span summaryText = summaryStep.summaryText;

    private final GapImportService imports;
    private final Actor actor;
    private TeamSummary team;

    public GapImportView(GapImportService imports, RetroFileReader reader, SelectedTeam selectedTeam, CurrentUser user,
                         @Qualifier("applicationTaskExecutor") Executor background) {
        this.imports = imports;
        this.actor = user.actor();
        addClassName("planner-page");
        uploadStep = new ImportUploadStep(reader, background, UI.getCurrent(), this::preview, this::showPreview,
                this::hidePreview);
        upload = uploadStep.upload;
        refusal = uploadStep.refusal;
        previewStep = new ImportPreviewStep(this::commit, this::clearUpload);
        previewGrid = previewStep.previewGrid;
        previewSummary = previewStep.previewSummary;
        confirm = previewStep.confirm;
        team = selectedTeam.current().filter(TeamSummary::manageable).orElse(null);
        if (team == null) {
            add(new H2("Import gaps"), new Paragraph("Only a team's managers import retrospective exports. "
                    + "Choose a team you manage in the team switcher."), new RouterLink("Back to the gaps", GapsView.class));
            return;
        }
        add(new H2("Import a retrospective export into " + team.name()), uploadStep, previewStep, summaryStep);
    }

    private SheetPreview preview(RetroSheet sheet) {
        return new SheetPreview(sheet, imports.preview(actor, team.id(), ImportPreviewStep.toImportRows(sheet)));
    }

    private void hidePreview() {
        previewStep.setVisible(false);
    }

    private void clearUpload() {
        upload.clearFileList();
    }

    private void showPreview(SheetPreview read) {
        previewStep.show(read);
        if (!read.sheet().notes().isEmpty()) {
            Notices.done(String.join(" ", read.sheet().notes()));
        }
        summaryStep.setVisible(false);
    }

    private void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        previewStep.setVisible(false);
    }

    /** All rows or none: a refusal says so, and the preview stays for another try. */
    private void commit() {
        Save.run(() -> imports.commit(actor, team.id(), previewStep.rows(), previewStep.decisions()),
                problem -> problem.getMessage() + " Nothing was imported.").ifPresent(summary -> {
                    previewStep.setVisible(false);
                    upload.clearFileList();
                    summaryStep.show(summary);
                });
    }
}
