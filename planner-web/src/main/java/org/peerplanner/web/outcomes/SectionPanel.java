package org.peerplanner.web.outcomes;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.peerplanner.domain.outcomes.Fact;
import org.peerplanner.domain.outcomes.SectionFigures;

/** A section of the dashboard: its headline figures, then its charts side by side where the screen allows. */
class SectionPanel extends Div {

    SectionPanel(SectionFigures section) {
        this(section.id(), section.title(), section.facts());
        var charts = new Div();
        charts.addClassName("outcomes-charts");
        section.series().forEach(series -> charts.add(new SeriesFigure(series)));
        add(charts);
    }

    SectionPanel(String id, String title, List<Fact> facts) {
        addClassNames("planner-card", "outcomes-section");
        setId("section-" + id);
        add(new H3(title), facts(facts));
    }

    static DescriptionList facts(List<Fact> facts) {
        var list = new DescriptionList();
        list.addClassName("outcomes-facts");
        facts.forEach(f -> list.add(new DescriptionList.Term(f.label()), new DescriptionList.Description(f.value())));
        return list;
    }
}
