package org.peerplanner.web.outcomes.baseline;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.baseline.Comparison;

/**
 * The before/after comparison as a reusable block: a one-sentence reading per measure, the chart (an SVG image whose
 * text alternative is those sentences) and the same figures as a table for screen readers and anyone who prefers
 * numbers. Other screens (the team's Outcomes dashboard) embed it with the comparisons from {@code BaselineService}.
 */
public class BeforeAfterChart extends Div {

    final List<Paragraph> readings;
    final Image chart;
    final NativeTable table = new NativeTable();

    public BeforeAfterChart(List<Comparison> comparisons) {
        addClassName("planner-card");
        setWidthFull();
        readings = comparisons.stream().map(c -> new Paragraph(c.reading())).toList();
        String alt = comparisons.stream().map(Comparison::reading).collect(Collectors.joining(" "))
                + " Dashed lines show the practice's claim (" + comparisons.stream()
                .map(c -> c.measure().label().toLowerCase(Locale.ENGLISH) + " " + Comparison.percent(c.measure().claimedChange()))
                .collect(Collectors.joining(", ")) + "), not this team's result.";
        chart = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                BeforeAfterSvg.draw(comparisons).getBytes(StandardCharsets.UTF_8)), alt);
        chart.setWidthFull();
        chart.getStyle().set("max-width", "640px");
        var note = new Paragraph("Dot: this team's change of the monthly average after its adoption date, line: the"
                + " 95 % interval. Dashed: what the practice claims (about \u221215 % onboarding time, \u221210 % bug"
                + " reports), for reference only.");
        note.addClassName("planner-muted");
        add(new H3("Before and after adoption"));
        readings.forEach(this::add);
        add(chart, note, table(comparisons));
    }

    private Div table(List<Comparison> comparisons) {
        table.setCaptionText("Before and after adoption, as figures");
        var head = table.getHead().addRow();
        List.of("Measure", "Months before", "Average before", "Months after", "Average after", "Change",
                "95 % interval", "Claim").forEach(h -> head.addHeaderCell().setText(h));
        NativeTableBody body = table.addBody();
        for (Comparison c : comparisons) {
            NativeTableRow row = body.addRow();
            row.addDataCell().setText(c.measure().label());
            row.addDataCell().setText(String.valueOf(c.monthsBefore()));
            row.addDataCell().setText(c.monthsBefore() == 0 ? "–" : String.format(Locale.ENGLISH, "%.1f", c.meanBefore()));
            row.addDataCell().setText(String.valueOf(c.monthsAfter()));
            row.addDataCell().setText(c.monthsAfter() == 0 ? "–" : String.format(Locale.ENGLISH, "%.1f", c.meanAfter()));
            row.addDataCell().setText(c.enough() ? Comparison.percent(c.change()) : "not enough data yet");
            row.addDataCell().setText(c.enough() ? Comparison.percent(c.low()) + " to " + Comparison.percent(c.high()) : "–");
            row.addDataCell().setText(Comparison.percent(c.measure().claimedChange()));
        }
        table.addClassName("planner-table");
        var scroll = new Div(table);
        scroll.getStyle().set("overflow-x", "auto");
        return scroll;
    }
}
