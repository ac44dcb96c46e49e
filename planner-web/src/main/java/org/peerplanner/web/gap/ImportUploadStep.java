package org.peerplanner.web.gap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.integrations.spreadsheet.ProgressListener;
import org.peerplanner.integrations.spreadsheet.RetroFileReader;
import org.peerplanner.integrations.spreadsheet.RetroSheet;
import org.peerplanner.integrations.spreadsheet.SpreadsheetRefusedException;
import org.peerplanner.web.common.BoundedUpload;
import org.peerplanner.web.gap.ImportPreviewStep.SheetPreview;

/**
 * Step 1 of an import: the upload, streamed to a temporary file and cut off at {@link GapImportView#MAX_BYTES} on the
 * server (the browser's limit is a convenience). Small files are read at once; large ones on the application's task
 * executor with a progress bar, the screen updated through {@link UI#access}.
 */
class ImportUploadStep extends VerticalLayout {

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph refusal = new Paragraph();

    private final RetroFileReader reader;
    private final Executor background;
    private final UI ui;
    private final Function<RetroSheet, SheetPreview> preview;
    private final Consumer<SheetPreview> read;
    private final Runnable refused;

    ImportUploadStep(RetroFileReader reader, Executor background, UI ui, Function<RetroSheet, SheetPreview> preview,
                     Consumer<SheetPreview> read, Runnable refused) {
        this.reader = reader;
        this.background = background;
        this.ui = ui;
        this.preview = preview;
        this.read = read;
        this.refused = refused;
        upload = new Upload(new BoundedUpload(GapImportView.MAX_BYTES, GapImportView.TOO_LARGE, this::read, this::showRefusal));
        upload.setAcceptedFileTypes(".xlsx", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setMaxFileSize(GapImportView.MAX_BYTES);
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
        add(new H3("1. Upload"), help, upload, progress, progressText, refusal);
        setPadding(false);
    }

    private void read(String fileName, Path file, long bytes) {
        refusal.setVisible(false);
        if (bytes < GapImportView.BACKGROUND_READ_BYTES) {
            try {
                read.accept(preview.apply(readSheet(fileName, file, bytes, ProgressListener.NONE)));
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
        CompletableFuture.supplyAsync(() -> preview.apply(readSheet(fileName, file, bytes, (read, total) -> ui.access(() -> {
            progress.setIndeterminate(total <= 0);
            progress.setValue(total > 0 ? Math.min(1.0, read / (double) total) : 0);
            progressText.setText(total > 0 ? "Read " + read + " of about " + total + " rows…" : "Read " + read + " rows…");
        }))), background).whenComplete((sheetPreview, error) -> ui.access(() -> {
            BoundedUpload.delete(file);
            ui.setPollInterval(-1);
            progress.setVisible(false);
            progressText.setText("");
            if (error == null) {
                read.accept(sheetPreview);
                return;
            }
            Throwable cause = error.getCause() == null ? error : error.getCause();
            showRefusal(cause instanceof SpreadsheetRefusedException || cause instanceof InvalidInputException
                    ? cause.getMessage() : "The file could not be read. Nothing was imported.");
        }));
    }

    private RetroSheet readSheet(String fileName, Path file, long bytes, ProgressListener listener) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(fileName, in, bytes, listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        refused.run();
    }
}
