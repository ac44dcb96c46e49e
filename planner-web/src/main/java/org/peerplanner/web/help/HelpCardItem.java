package org.peerplanner.web.help;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.help.HelpCard;
import org.peerplanner.domain.help.HelpUrgency;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.common.RouteLinks;

/** One request in a list: its title as a link, then kind, urgency, tags and who asked. */
class HelpCardItem extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    HelpCardItem(HelpCard card, ZoneId zone) {
        addClassName("planner-card");
        var link = RouteLinks.to("help/" + card.id(), card.title());
        link.addClassName("planner-text-link");
        var meta = new Paragraph(card.kind().label() + " · asked by " + card.askerName() + " · "
                + WHEN.format(card.createdAt().atZone(zone))
                + (card.tags().isEmpty() ? "" : " · " + String.join(", ", card.tags())));
        var badges = new Div(Badge.of(card.urgency().label(), card.urgency() == HelpUrgency.TODAY
                ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL));
        if (!card.status().open()) {
            badges.add(Badge.of(card.status().label(), Badge.Tone.SUCCESS));
        }
        if (card.confidential()) {
            badges.add(Badge.of("Confidential", Badge.Tone.NEUTRAL));
        }
        if (card.askedYou()) {
            badges.add(Badge.of("You were asked", Badge.Tone.NEUTRAL));
        }
        add(new Div(link), meta, badges);
    }
}
