package org.peerplanner.web.houserules;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.houserules.HouseRulesPage;

/** Pieces the house rules screens share: the rendered text, the line about who wrote it, the not-found notice. */
final class RulesText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private RulesText() {
    }

    /** Only ever with {@link HouseRulesPage#html()}: Markdown the domain rendered and sanitised. */
    static Html body(HouseRulesPage page) {
        var html = new Html("<div class=\"kb-markdown\">" + page.html() + "</div>");
        html.setId("house-rules-body");
        return html;
    }

    static Paragraph meta(HouseRulesPage page, ZoneId zone) {
        var meta = new Paragraph(page.template()
                ? "Nobody has written your team's house rules yet: these are the questions to answer together."
                + (page.viewerMayEdit() ? " Edit them to write down what the team agrees." : "")
                : "Revision " + page.revision() + " by " + page.writtenBy() + " · "
                + DAY.format(page.writtenAt().atZone(zone)));
        meta.addClassName("planner-muted");
        meta.setId("house-rules-meta");
        return meta;
    }

    /** Back to Home by address: the home feature shows house rules, and a class reference back would be a cycle. */
    static Div notFound(String what) {
        var notice = new Div(new H2(what + " was not found"),
                new Paragraph("It does not exist, or it belongs to a team you are not in. Nothing was changed."),
                new Anchor("", "Back to Home"));
        notice.addClassName("planner-card");
        notice.setId("not-found");
        return notice;
    }
}
