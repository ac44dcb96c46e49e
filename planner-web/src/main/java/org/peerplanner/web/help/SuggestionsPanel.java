package org.peerplanner.web.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.peerplanner.domain.help.Suggestion;
import org.peerplanner.web.common.RouteLinks;

/** "Maybe this answers it": articles and past sessions matching what the asker types, each with "this answered it". */
class SuggestionsPanel extends Div {

    private final Div list = new Div();
    private final Consumer<Suggestion> answered;

    SuggestionsPanel(Consumer<Suggestion> answered) {
        this.answered = answered;
        getElement().setAttribute("aria-live", "polite");
        add(new H3("Maybe this answers it"), list);
        show(List.of());
    }

    void show(List<Suggestion> suggestions) {
        list.removeAll();
        if (suggestions.isEmpty()) {
            list.add(new Paragraph("Type your question: matching articles and past sessions appear here."));
        }
        for (var s : suggestions) {
            var link = RouteLinks.to(s.link(), (s.source() == Suggestion.Source.ARTICLE ? "Article: " : "Session: ")
                    + s.title());
            link.addClassName("planner-text-link");
            link.setTarget("_blank");
            var done = new Button("This answered it", e -> answered.accept(s));
            done.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            done.getElement().setAttribute("aria-label", "This answered it: " + s.title());
            var row = new HorizontalLayout(link, done);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            row.setWrap(true);
            list.add(row);
        }
    }
}
