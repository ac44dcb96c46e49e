package org.peerplanner.web.session;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.peerplanner.domain.rotation.FairnessRow;
import org.peerplanner.web.common.Badge;

/** The fairness report, one member a row, with its flags (overloaded, never led) as badges. */
class FairnessGrid extends Grid<FairnessRow> {

    FairnessGrid() {
        setId("fairness");
        addColumn(FairnessRow::name).setHeader("Member").setFlexGrow(2).setTooltipGenerator(FairnessRow::name);
        addColumn(FairnessRow::facilitations).setHeader("Led").setAutoWidth(true);
        addColumn(FairnessRow::coFacilitations).setHeader("Co-led").setAutoWidth(true);
        addColumn(FairnessRow::pairings).setHeader("Paired").setAutoWidth(true);
        addColumn(r -> String.format(Locale.ENGLISH, "%.2f", r.facilitationShare())).setHeader("Share (1 = mean)").setAutoWidth(true);
        addComponentColumn(r -> {
            var flags = new Div();
            if (r.overloaded()) {
                flags.add(Badge.of("Overloaded", Badge.Tone.ERROR));
            }
            if (r.neverFacilitated()) {
                flags.add(Badge.of("Never led", Badge.Tone.WARNING));
            }
            return flags;
        }).setHeader("Flags").setAutoWidth(true);
        setAllRowsVisible(true);
    }
}
