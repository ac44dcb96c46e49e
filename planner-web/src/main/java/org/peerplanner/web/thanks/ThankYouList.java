package org.peerplanner.web.thanks;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.thanks.ThankYouCard;

/** Thanks as a list, newest first: who thanked (whom), for what (linked where it can be), when, and why. */
final class ThankYouList {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ThankYouList() {
    }

    /** {@code withReceiver}: the wall names both people; a profile only the giver. */
    static UnorderedList of(List<ThankYouCard> thanks, boolean withReceiver, ZoneId zone) {
        var list = new UnorderedList();
        list.addClassName("planner-thanks-list");
        thanks.forEach(t -> list.add(item(t, withReceiver, zone)));
        return list;
    }

    private static ListItem item(ThankYouCard t, boolean withReceiver, ZoneId zone) {
        var line = new Div(new Span(t.giverName() + (withReceiver ? " thanked " + t.receiverName() + " " : " thanked you ")));
        String forText = t.forText();
        if (t.link() != null) {
            // The thing it was for links to its page; underlined, as a link inside text must be (axe).
            var link = new Anchor(t.link(), t.about());
            link.getStyle().set("text-decoration", "underline");
            line.add(new Span(forText.substring(0, forText.length() - t.about().length())), link);
        } else {
            line.add(new Span(forText));
        }
        var when = new Span(" · " + DAY.format(t.givenAt().atZone(zone)));
        when.addClassName("planner-muted");
        line.add(when);
        var quote = new Div();
        quote.getElement().appendChild(new Element("blockquote").setText(t.reason()));
        var item = new ListItem(line, quote);
        item.addClassNames("planner-card", "planner-thank-you");
        return item;
    }
}
