package org.peerplanner.web.gap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.gap.GapImportAction;
import org.peerplanner.domain.gap.GapImportDecision;
import org.peerplanner.domain.gap.GapImportPreview;
import org.peerplanner.domain.gap.GapImportRow;
import org.peerplanner.integrations.spreadsheet.RetroRow;
import org.peerplanner.integrations.spreadsheet.RetroSheet;

/** Steps 2 and 3 of an import: every row with its messages, likely duplicates and a decision; then confirm. */
class ImportPreviewStep extends VerticalLayout {

    /** A file as read, with what the domain made of each of its rows. */
    record SheetPreview(RetroSheet sheet, List<GapImportPreview> previews) {
    }

    final Grid<ImportRow> previewGrid = new Grid<>();
    final Span previewSummary = new Span();
    final Button confirm = new Button("Import");
    final Button startOver = new Button("Choose another file");
    private List<GapImportRow> rows = List.of();
    private List<ImportRow> preview = List.of();

    ImportPreviewStep(Runnable onConfirm, Runnable onStartOver) {
        setVisible(false);
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
        confirm.addClickListener(e -> onConfirm.run());
        startOver.addClickListener(e -> {
            setVisible(false);
            onStartOver.run();
        });
        previewSummary.setId("import-preview-summary");
        setPadding(false);
        add(new H3("2. Check every row, then 3. confirm"), previewSummary, previewGrid, new HorizontalLayout(confirm, startOver));
    }

    static List<GapImportRow> toImportRows(RetroSheet sheet) {
        return sheet.rows().stream().map(r -> new GapImportRow(r.rowNumber(), r.title(), r.description(), r.votes(),
                r.source(), r.date(), r.owner())).toList();
    }

    void show(SheetPreview read) {
        Map<Integer, RetroRow> byRow = read.sheet().rows().stream().collect(Collectors.toMap(RetroRow::rowNumber, r -> r));
        rows = toImportRows(read.sheet());
        preview = read.previews().stream().map(p -> new ImportRow(p, byRow.get(p.rowNumber()).messages())).toList();
        previewGrid.setItems(preview);
        updateSummary();
        setVisible(true);
    }

    List<GapImportRow> rows() {
        return rows;
    }

    Map<Integer, GapImportDecision> decisions() {
        Map<Integer, GapImportDecision> decisions = new HashMap<>();
        preview.forEach(r -> decisions.put(r.preview.rowNumber(), r.decision));
        return decisions;
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
            updateSummary();
        });
        return picker;
    }

    private void updateSummary() {
        Map<GapImportAction, Long> counts = preview.stream()
                .collect(Collectors.groupingBy(r -> r.decision.action(), Collectors.counting()));
        long broken = preview.stream().filter(ImportRow::broken).count();
        previewSummary.setText(preview.size() + " rows: " + counts.getOrDefault(GapImportAction.IMPORT, 0L) + " to import, "
                + counts.getOrDefault(GapImportAction.MERGE_INTO, 0L) + " to merge into existing gaps, "
                + counts.getOrDefault(GapImportAction.SKIP, 0L) + " to skip (" + broken + " with problems).");
        confirm.setText("Import " + (preview.size() - counts.getOrDefault(GapImportAction.SKIP, 0L)) + " rows");
    }
}
