package org.peerplanner.web.gap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapImportAction;
import org.peerplanner.domain.gap.GapImportDecision;
import org.peerplanner.domain.gap.GapImportRow;
import org.peerplanner.domain.gap.GapImportService;
import org.peerplanner.domain.gap.GapImportSummary;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.ProgressListener;
import org.peerplanner.integrations.spreadsheet.RetroFileReader;
import org.peerplanner.integrations.spreadsheet.RetroRow;
import org.peerplanner.integrations.spreadsheet.RetroSheet;
import org.peerplanner.integrations.spreadsheet.SpreadsheetRefusedException;
import org.peerplanner.web.common.BoundedUpload;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

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

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph refusal = new Paragraph();
    final VerticalLayout previewStep = new VerticalLayout();
    final Grid<ImportRow> previewGrid = new Grid<>();
    final Span previewSummary = new Span();
    final Button confirm = new Button("Import");
    final Button startOver = new Button("Choose another file");
    final VerticalLayout summaryStep = new VerticalLayout();
    final Span summaryText = new Span();
    final Grid<GapImportSummary.RowOutcome> outcomes = new Grid<>();

    private final GapImportService imports;
    private final RetroFileReader reader;
    private final Actor actor;
    private final UI ui;
    private TeamSummary team;
    private List<GapImportRow> rows = List.of();
    private List<ImportRow> preview = List.of();

    public GapImportView(GapImportService imports, RetroFileReader reader, SelectedTeam selectedTeam, CurrentUser user) {
        this.imports = imports;
        this.reader = reader;
        this.actor = user.actor();
        this.ui = UI.getCurrent();
        addClassName("planner-page");
        // Streamed to a temporary file and cut off at MAX_BYTES on the server: the browser's limit is a convenience.
        upload = new Upload(new BoundedUpload(MAX_BYTES, TOO_LARGE, this::read, this::showRefusal));
        previewStep.setVisible(false);
        summaryStep.setVisible(false);
        team = selectedTeam.current().filter(TeamSummary::manageable).orElse(null);
        if (team == null) {
            add(new H2("Import gaps"), new Paragraph("Only a team's managers import retrospective exports. "
                    + "Choose a team you manage in the team switcher."), new RouterLink("Back to the gaps", GapsView.class));
            return;
        }
        add(new H2("Import a retrospective export into " + team.name()), uploadStep(), previewStep, summaryStep);
        configurePreview();
        configureSummary();
    }

    private VerticalLayout uploadStep() {
        upload.setAcceptedFileTypes(".xlsx", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> showRefusal(e.getErrorMessage()
                + " Use an .xlsx or .csv file of at most 10 MB."));
        progress.setVisible(false);
        progressText.addClassName("planner-muted");
        refusal.setId("import-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        var help = new Paragraph("Upload an .xlsx or .csv export (at most 10 MB and 10,000 rows). A Title, Topic or "
                + "Item column is needed; Description, Votes, Source, Date and Owner columns are used when present. "
                + "You will see every row before anything is saved.");
        var step = new VerticalLayout(new H3("1. Upload"), help, upload, progress, progressText, refusal);
        step.setPadding(false);
        return step;
    }

    private void read(String fileName, Path file, long bytes) {
        refusal.setVisible(false);
        if (bytes < BACKGROUND_READ_BYTES) {
            try {
                RetroSheet sheet = readSheet(fileName, file, bytes, ProgressListener.NONE);
                showPreview(sheet, imports.preview(actor, team.id(), toImportRows(sheet)));
            } catch (SpreadsheetRefusedException | InvalidInputException | NotPermittedException e) {
                showRefusal(e.getMessage());
            } finally {
                BoundedUpload.delete(file);
            }
            return;
        }
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText("Reading " + fileName + "…");
        ui.setPollInterval(300);
        CompletableFuture.supplyAsync(() -> {
            RetroSheet sheet = readSheet(fileName, file, bytes, (read, total) -> ui.access(() -> {
                progress.setIndeterminate(total <= 0);
                progress.setValue(total > 0 ? Math.min(1.0, read / (double) total) : 0);
                progressText.setText(total > 0 ? "Read " + read + " of about " + total + " rows…" : "Read " + read + " rows…");
            }));
            return new Object[] {sheet, imports.preview(actor, team.id(), toImportRows(sheet))};
        }).whenComplete((result, error) -> ui.access(() -> {
            BoundedUpload.delete(file);
            ui.setPollInterval(-1);
            progress.setVisible(false);
            progressText.setText("");
            if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                showRefusal(cause instanceof SpreadsheetRefusedException || cause instanceof InvalidInputException
                        ? cause.getMessage() : "The file could not be read. Nothing was imported.");
            } else {
                @SuppressWarnings("unchecked")
                var previews = (List<org.peerplanner.domain.gap.GapImportPreview>) result[1];
                showPreview((RetroSheet) result[0], previews);
            }
        }));
    }

    private RetroSheet readSheet(String fileName, Path file, long bytes, ProgressListener listener) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(fileName, in, bytes, listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GapImportRow> toImportRows(RetroSheet sheet) {
        return sheet.rows().stream().map(r -> new GapImportRow(r.rowNumber(), r.title(), r.description(), r.votes(),
                r.source(), r.date(), r.owner())).toList();
    }

    private void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        previewStep.setVisible(false);
    }

    private void configurePreview() {
        previewGrid.setId("import-preview");
        previewGrid.addColumn(r -> r.preview.rowNumber()).setHeader("Row").setAutoWidth(true);
        previewGrid.addColumn(r -> r.preview.title()).setHeader("Title").setFlexGrow(1);
        previewGrid.addColumn(r -> r.preview.votes()).setHeader("Votes").setAutoWidth(true);
        previewGrid.addColumn(r -> r.preview.source() == null ? "" : r.preview.source().label()).setHeader("Source").setAutoWidth(true);
        previewGrid.addColumn(r -> r.preview.reporterName()).setHeader("Reporter").setAutoWidth(true);
        previewGrid.addColumn(ImportRow::messages).setHeader("Messages").setFlexGrow(2);
        previewGrid.addColumn(r -> r.preview.similarGaps().stream().map(m -> "#" + m.id() + " " + m.title())
                .collect(Collectors.joining("; "))).setHeader("Likely duplicates").setFlexGrow(1);
        previewGrid.addComponentColumn(this::decisionPicker).setHeader("Decision").setAutoWidth(true);
        previewGrid.setHeight("480px");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> commit());
        startOver.addClickListener(e -> {
            previewStep.setVisible(false);
            upload.clearFileList();
        });
        previewSummary.setId("import-preview-summary");
        previewStep.setPadding(false);
        previewStep.add(new H3("2. Check every row, then 3. confirm"), previewSummary, previewGrid,
                new HorizontalLayout(confirm, startOver));
    }

    private Select<GapImportDecision> decisionPicker(ImportRow row) {
        var picker = new Select<GapImportDecision>();
        var options = new ArrayList<GapImportDecision>();
        if (!row.broken()) {
            options.add(GapImportDecision.importIt());
            row.preview.similarGaps().forEach(m -> options.add(GapImportDecision.mergeInto(m.id())));
        }
        options.add(row.decision.action() == GapImportAction.SKIP ? row.decision : GapImportDecision.skip("Skipped in the preview."));
        picker.setItems(options);
        picker.setItemLabelGenerator(d -> switch (d.action()) {
            case IMPORT -> "Import";
            case MERGE_INTO -> "Merge into #" + d.intoGapId();
            case SKIP -> "Skip";
        });
        picker.setValue(options.stream().filter(o -> o.equals(row.decision)).findFirst().orElse(options.getFirst()));
        picker.addValueChangeListener(e -> {
            row.decision = e.getValue();
            updatePreviewSummary();
        });
        return picker;
    }

    private void showPreview(RetroSheet sheet, List<org.peerplanner.domain.gap.GapImportPreview> previews) {
        Map<Integer, RetroRow> byRow = sheet.rows().stream().collect(Collectors.toMap(RetroRow::rowNumber, r -> r));
        rows = toImportRows(sheet);
        preview = previews.stream().map(p -> new ImportRow(p, byRow.get(p.rowNumber()).messages())).toList();
        previewGrid.setItems(preview);
        if (!sheet.notes().isEmpty()) {
            Notices.done(String.join(" ", sheet.notes()));
        }
        updatePreviewSummary();
        previewStep.setVisible(true);
        summaryStep.setVisible(false);
    }

    private void updatePreviewSummary() {
        Map<GapImportAction, Long> counts = preview.stream()
                .collect(Collectors.groupingBy(r -> r.decision.action(), Collectors.counting()));
        long broken = preview.stream().filter(ImportRow::broken).count();
        previewSummary.setText(preview.size() + " rows: " + counts.getOrDefault(GapImportAction.IMPORT, 0L) + " to import, "
                + counts.getOrDefault(GapImportAction.MERGE_INTO, 0L) + " to merge into existing gaps, "
                + counts.getOrDefault(GapImportAction.SKIP, 0L) + " to skip (" + broken + " with problems).");
        confirm.setText("Import " + (preview.size() - counts.getOrDefault(GapImportAction.SKIP, 0L)) + " rows");
    }

    private void commit() {
        Map<Integer, GapImportDecision> decisions = new HashMap<>();
        preview.forEach(r -> decisions.put(r.preview.rowNumber(), r.decision));
        try {
            GapImportSummary summary = imports.commit(actor, team.id(), rows, decisions);
            previewStep.setVisible(false);
            upload.clearFileList();
            summaryText.setText("Imported " + summary.imported() + ", merged " + summary.merged() + ", skipped "
                    + summary.skipped() + ".");
            outcomes.setItems(summary.rows());
            summaryStep.setVisible(true);
        } catch (InvalidInputException | NotPermittedException problem) {
            Notices.problem(problem.getMessage() + " Nothing was imported.");
        }
    }

    private void configureSummary() {
        summaryText.setId("import-summary");
        outcomes.addColumn(GapImportSummary.RowOutcome::rowNumber).setHeader("Row").setAutoWidth(true);
        outcomes.addColumn(o -> o.action().name().toLowerCase().replace('_', ' ')).setHeader("Done").setAutoWidth(true);
        outcomes.addColumn(o -> o.gapId() == null ? "" : "#" + o.gapId()).setHeader("Gap").setAutoWidth(true);
        outcomes.addColumn(o -> o.reason() == null ? "" : o.reason()).setHeader("Why").setFlexGrow(1);
        outcomes.setHeight("360px");
        summaryStep.setPadding(false);
        summaryStep.add(new H3("Summary"), summaryText, outcomes, new RouterLink("See the gaps", GapsView.class));
    }
}
