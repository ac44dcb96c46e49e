package org.peerplanner.web.gap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.peerplanner.domain.gap.GapImportSummary;

/** The last step of an import: what was imported, merged or skipped, row by row. */
class ImportSummaryStep extends VerticalLayout {

    final Span summaryText = new Span();
    final Grid<GapImportSummary.RowOutcome> outcomes = new Grid<>();

    ImportSummaryStep() {
        setVisible(false);
        summaryText.setId("import-summary");
        outcomes.addColumn(GapImportSummary.RowOutcome::rowNumber).setHeader("Row").setAutoWidth(true);
        outcomes.addColumn(o -> o.action().name().toLowerCase().replace('_', ' ')).setHeader("Done").setAutoWidth(true);
        outcomes.addColumn(o -> o.gapId() == null ? "" : "#" + o.gapId()).setHeader("Gap").setAutoWidth(true);
        outcomes.addColumn(o -> o.reason() == null ? "" : o.reason()).setHeader("Why").setFlexGrow(1);
        outcomes.setHeight("360px");
        setPadding(false);
        add(new H3("Summary"), summaryText, outcomes, new RouterLink("See the gaps", GapsView.class));
    }

    void show(GapImportSummary summary) {
        summaryText.setText("Imported " + summary.imported() + ", merged " + summary.merged() + ", skipped "
                + summary.skipped() + ".");
        outcomes.setItems(summary.rows());
        setVisible(true);
    }
}
