package org.peerplanner.web.outcomes;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.peerplanner.domain.outcomes.MetricSeries;
import org.peerplanner.domain.outcomes.Readings;

/** One chart: its title, the drawing, the one-sentence reading, and the same figures as a table. */
class SeriesFigure extends Div {

    final Paragraph reading = new Paragraph();
    final NativeTable table = new NativeTable();

    SeriesFigure(MetricSeries series) {
        addClassName("outcomes-figure");
        setId("series-" + series.id());
        reading.setText(series.reading());
        reading.addClassName("outcomes-reading");
        var chart = new Svg(SvgCharts.chart(series));
        chart.addClassName("outcomes-chart-box");
        fill(series);
        var asTable = new Details("The figures as a table", table);
        asTable.addClassName("outcomes-table");
        add(new H4(series.title()), reading, chart, asTable);
    }

    private void fill(MetricSeries series) {
        table.setCaptionText(series.title() + (series.unit() == null ? "" : " (" + series.unit() + ")"));
        var head = table.getHead().addRow();
        head.add(columnHeader(series.kind() == MetricSeries.Kind.TREND ? "Month" : "Label"));
        series.lines().forEach(line -> head.add(columnHeader(line.name())));
        var body = table.getBody();
        for (int i = 0; i < series.labels().size(); i++) {
            var label = new NativeTableHeaderCell(series.labels().get(i));
            label.getElement().setAttribute("scope", "row");
            var row = new NativeTableRow(label);
            for (MetricSeries.Line line : series.lines()) {
                row.add(new NativeTableCell(Readings.number(line.values().get(i))));
            }
            body.addRows(row);
        }
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
