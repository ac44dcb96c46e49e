package org.peerplanner.web.session;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import org.peerplanner.domain.session.SessionCalendarQuery;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.integrations.calendar.CalendarWriter;
import org.peerplanner.integrations.mail.SessionInvites;
import org.springframework.stereotype.Component;

/**
 * "Add to my calendar": the session as an .ics file to save (METHOD:PUBLISH, without attendees), so
 * Outlook and Apple Calendar do not treat it as a meeting request even for someone not invited. The
 * mailed invite stays REQUEST; a cancelled session downloads as STATUS:CANCELLED.
 */
@Component
class SessionInviteFile {

    private final SessionCalendarQuery query;
    private final SessionInvites invites;
    private final CalendarWriter writer;

    SessionInviteFile(SessionCalendarQuery query, SessionInvites invites, CalendarWriter writer) {
        this.query = query;
        this.invites = invites;
        this.writer = writer;
    }

    /** Only for a session the viewer can see: the caller got {@code session} from the access-checked service. */
    Anchor link(SessionDetails session) {
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        var anchor = new Anchor((DownloadHandler) event -> {
            var entry = query.find(session.id()).orElseThrow();
            var ics = writer.download(invites.event(entry));
            event.setFileName("session-" + session.id() + ".ics");
            event.setContentType("text/calendar; charset=utf-8; method=PUBLISH");
            event.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
        }, cancelled ? "Download the cancellation (.ics)" : "Add to my calendar (.ics)");
        anchor.getElement().setAttribute("download", true);
        anchor.setId("invite-download");
        var icon = VaadinIcon.CALENDAR.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-right", "var(--lumo-space-xs)");
        anchor.addComponentAsFirst(icon);
        return anchor;
    }
}
