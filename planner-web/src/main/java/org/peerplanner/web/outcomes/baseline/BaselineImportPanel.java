package org.peerplanner.web.outcomes.baseline;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.outcomes.baseline.BaselinePreview;
import org.peerplanner.domain.outcomes.baseline.BaselineRow;
import org.peerplanner.integrations.spreadsheet.BaselineFileReader;
import org.peerplanner.integrations.spreadsheet.BaselineSheet;
import org.peerplanner.integrations.spreadsheet.SpreadsheetRefusedException;
import org.peerplanner.web.common.BoundedUpload;

/**
 * Import months from a file, as the gap import does: upload, a preview of every row with its problems, then all rows
 * or none. A file with any problem cannot be confirmed; the preview says which rows to correct.
 */
class BaselineImportPanel extends VerticalLayout {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String TOO_LARGE = "The file is larger than 10 MB. Use an .xlsx or .csv file of at most 10 MB.";

    final Upload upload;
    final Paragraph refusal = new Paragraph();
    final Paragraph verdict = new Paragraph();
    final Grid<BaselinePreview> preview = new Grid<>();
    final Button confirm = new Button("Import these months");

    private final BaselineFileReader reader;
    private final Function<List<BaselineRow>, List<BaselinePreview>> check;
    private List<BaselineRow> rows = List.of();

    /** {@code commit} imports the rows and says whether it worked. */
    BaselineImportPanel(BaselineFileReader reader, Function<List<BaselineRow>, List<BaselinePreview>> check,
                        Predicate<List<BaselineRow>> commit) {
        this.reader = reader;
        this.check = check;
        setPadding(false);
        upload = new Upload(new BoundedUpload(MAX_BYTES, TOO_LARGE, this::read, this::refuse));
        upload.setAcceptedFileTypes(".xlsx", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> refuse(e.getErrorMessage() + " Use an .xlsx or .csv file of at most 10 MB."));
        refusal.setId("baseline-import-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        preview.addColumn(p -> p.rowNumber()).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(p -> p.month() == null ? "" : MonthEditor.MONTH.format(p.month())).setHeader("Month")
                .setAutoWidth(true);
        preview.addColumn(p -> blank(p.onboardingDays())).setHeader("Onboarding days").setAutoWidth(true);
        preview.addColumn(p -> blank(p.bugReports())).setHeader("Bug reports").setAutoWidth(true);
        preview.addColumn(p -> p.importable() ? Objects.requireNonNullElse(p.note(), "Ready")
                : String.join(" ", p.problems())).setHeader("Check").setFlexGrow(1);
        preview.setAllRowsVisible(true);
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        preview.setAriaLabel("Months in the file");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (commit.test(rows)) {
                hidePreview();
                upload.clearFileList();
            }
        });
        var help = new Paragraph("An .xlsx or .csv file with a Month column (2026-03, Mar 2026 or a date) and an"
                + " Onboarding days and/or a Bug reports column. You will see every row before anything is saved;"
                + " months already recorded are replaced.");
        add(new H3("Import months from a file"), help, upload, refusal, verdict, preview, confirm);
        hidePreview();
        refusal.setVisible(false);
    }

    void read(String fileName, Path file, long bytes) {
        refusal.setVisible(false);
        try (InputStream in = Files.newInputStream(file)) {
            show(reader.read(fileName, in, bytes));
        } catch (SpreadsheetRefusedException | InvalidInputException | NotPermittedException e) {
            refuse(e.getMessage());
        } catch (IOException e) {
            refuse("The file could not be read. Nothing was imported.");
        } finally {
            BoundedUpload.delete(file);
        }
    }

    void show(BaselineSheet sheet) {
        rows = sheet.rows();
        List<BaselinePreview> checked = check.apply(rows);
        long bad = checked.stream().filter(p -> !p.importable()).count();
        preview.setItems(checked);
        verdict.setText(bad == 0 ? checked.size() + " months are ready to import." + notes(sheet)
                : bad + (bad == 1 ? " row has" : " rows have") + " problems. Correct them in the file and upload it"
                        + " again; nothing is imported while any row has a problem." + notes(sheet));
        confirm.setEnabled(bad == 0);
        preview.setVisible(true);
        verdict.setVisible(true);
        confirm.setVisible(true);
    }

    void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        hidePreview();
    }

    private void hidePreview() {
        rows = List.of();
        preview.setVisible(false);
        verdict.setVisible(false);
        confirm.setVisible(false);
    }

    private static String notes(BaselineSheet sheet) {
        return sheet.notes().isEmpty() ? "" : " " + String.join(" ", sheet.notes());
    }

    private static String blank(Integer value) {
        return value == null ? "" : value.toString();
    }
}
