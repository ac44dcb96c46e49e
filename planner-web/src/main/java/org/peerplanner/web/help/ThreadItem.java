package org.peerplanner.web.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.help.HelpPage.ThreadEntry;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.common.RouteLinks;

/** One reply in the thread, with what the viewer may do with it (mark it as the one that helped, accept a time). */
class ThreadItem extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    final Button helped = new Button("This helped");
    final Button acceptPair = new Button("Accept this time");
    final Button reply = new Button("Reply");

    ThreadItem(ThreadEntry entry, ZoneId zone) {
        addClassName("planner-card");
        if (entry.parentId() != null) {
            getStyle().set("margin-inline-start", "var(--lumo-space-l)");
        }
        add(new Paragraph(entry.authorName() + " · " + WHEN.format(entry.createdAt().atZone(zone))));
        if (entry.helped()) {
            add(Badge.of("The answer that helped", Badge.Tone.SUCCESS));
        }
        add(SafeBlock.of(entry.html()));
        if (entry.pairStart() != null) {
            add(new Paragraph("Offers to pair " + WHEN.format(entry.pairStart().withZoneSameInstant(zone)) + " ("
                    + zone.getId() + "), " + entry.pairMinutes() + " minutes"));
            if (entry.sessionId() != null) {
                var link = RouteLinks.to("sessions/" + entry.sessionId(), "The pairing session");
                link.addClassName("planner-text-link");
                add(new Div(link));
            }
        }
        helped.setVisible(entry.viewerMayMarkHelped());
        acceptPair.setVisible(entry.viewerMayAcceptPair());
        helped.addThemeVariants(ButtonVariant.LUMO_SMALL);
        acceptPair.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        reply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(new Div(helped, acceptPair, reply));
    }
}
