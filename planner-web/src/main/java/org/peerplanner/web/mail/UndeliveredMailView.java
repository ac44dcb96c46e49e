package org.peerplanner.web.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mail.DeadMail;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.security.PlannerUser;

/**
 * For administrators: mail the outbox gave up on after its last attempt, with the server's last answer, and a
 * way to send it again once the cause (a wrong address, a server that refused) is dealt with.
 */
@Route("admin/mail")
@PageTitle("Undelivered mail · Peer Planner")
@Menu(order = 95, icon = "vaadin:envelope-o", title = "Undelivered mail")
@RolesAllowed(PlannerUser.ROLE_ADMIN)
public class UndeliveredMailView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    final Grid<DeadMail> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button sendAllAgain = new Button("Send all again");

    private final MailOutbox outbox;
    private final Actor actor;
    private final ZoneId zone;

    public UndeliveredMailView(MailOutbox outbox, PeopleService people, CurrentUser user) {
        this.outbox = outbox;
        this.actor = user.actor();
        this.zone = people.timeZone(actor);
        addClassName("planner-page");
        setHeightFull();
        summary.setId("outbox-summary");
        grid.setId("undelivered-mail");
        grid.addColumn(m -> when(m.queuedAt())).setHeader("Queued").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeadMail::recipient).setHeader("To").setFlexGrow(2).setTooltipGenerator(DeadMail::recipient);
        grid.addColumn(DeadMail::subject).setHeader("Subject").setFlexGrow(3).setTooltipGenerator(DeadMail::subject);
        grid.addColumn(m -> m.attempts() + " · " + when(m.lastAttemptAt())).setHeader("Attempts · last")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeadMail::lastError).setHeader("Last error").setFlexGrow(3)
                .setTooltipGenerator(DeadMail::lastError);
        grid.addComponentColumn(this::sendAgainButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Every message went out.");
        var hint = new Paragraph("Mail is tried again with a growing wait while the server is down; after the last "
                + "attempt it is listed here. Fix the cause, then send it again.");
        hint.addClassName("planner-muted");
        sendAllAgain.addClickListener(e -> {
            Notices.done("Sending " + outbox.sendAllAgain(actor) + " messages again.");
            refresh();
        });
        add(new H2("Undelivered mail"), hint, new HorizontalLayout(FlexComponent.Alignment.BASELINE, summary,
                sendAllAgain), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Button sendAgainButton(DeadMail mail) {
        var button = new Button("Send again", e -> {
            Save.run(() -> outbox.sendAgain(actor, mail.id()), Save.FieldProblems.NONE,
                    "Sending again to " + mail.recipient() + ".");
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Send again: " + mail.subject());
        return button;
    }

    void refresh() {
        var dead = outbox.dead(actor);
        var counts = outbox.counts(actor);
        summary.setText(counts.undelivered() + " undelivered" + (counts.undelivered() > dead.size()
                ? " (the newest " + dead.size() + " below)" : "") + ", " + counts.waiting() + " waiting to be sent.");
        sendAllAgain.setEnabled(counts.undelivered() > 0);
        grid.setItems(dead);
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
