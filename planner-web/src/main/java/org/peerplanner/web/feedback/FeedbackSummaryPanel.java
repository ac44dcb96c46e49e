package org.peerplanner.web.feedback;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.peerplanner.domain.feedback.FeedbackService;
import org.peerplanner.domain.feedback.FeedbackSummary;

/** What the facilitator and the managers see: counts per score and the lines, no names, nothing below three answers. */
class FeedbackSummaryPanel extends Div {

    final Paragraph headline = new Paragraph();

    FeedbackSummaryPanel(FeedbackSummary summary) {
        addClassName("planner-card");
        add(new H3("What people thought"), headline);
        if (!summary.shown()) {
            headline.setText((summary.answers() == 0 ? "No answers yet." : "Some answers are in.")
                    + " They are shown once " + FeedbackService.MIN_ANSWERS + " people have answered, so that no"
                    + " answer points at one person.");
            return;
        }
        headline.setText(String.format(Locale.ENGLISH, "%d answers; on average %.1f of 5.", summary.answers(),
                summary.average()));
        var scores = new UnorderedList();
        for (int score = 5; score >= 1; score--) {
            int count = summary.byScore().get(score - 1);
            scores.add(new ListItem(FeedbackForm.SCALE.get(score - 1) + ": " + count
                    + (count == 1 ? " answer" : " answers")));
        }
        add(scores);
        if (!summary.lines().isEmpty()) {
            var lines = new UnorderedList();
            summary.lines().forEach(line -> lines.add(new ListItem(line)));
            add(new H3("What people will use"), lines);
        }
    }
}
