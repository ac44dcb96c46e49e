package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.knowledge.LinkedArticle;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.NoteDialog;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.knowledge.ArticleEditorView;
import org.peerplanner.web.security.CurrentUser;

/**
 * One session: when, where, who leads, what it addresses, who comes; and the buttons that apply to
 * the viewer: accept or decline, volunteer, ask for or take a swap, answer, edit, hold, cancel, set back.
 */
@Route("sessions/:sessionId([0-9]+)")
@PageTitle("Session · Peer Planner")
@PermitAll
public class SessionView extends VerticalLayout implements BeforeEnterObserver {

    private final SessionButtons buttons = new SessionButtons();
    final Button accept = buttons.accept;
    final Button volunteer = buttons.volunteer;
    final Button yes = buttons.yes;
    final Button maybe = buttons.maybe;
    final Button hold = buttons.hold;
    final Button cancel = buttons.cancel;

    private final SessionService sessions;
    private final SessionInviteFile inviteFile;
    private final SessionCommands commands;
    private final ArticleService articles;
    private final org.peerplanner.web.thanks.SayThanksButtons thanks;
    private final Actor actor;
    private final ZoneId viewerZone;
    private SessionDetails shown;

    public SessionView(SessionService sessions, SessionCommands commands, SessionOptions options,
                       SessionInviteFile inviteFile, PeopleService people, CurrentUser user,
                       ArticleService articles, org.peerplanner.web.thanks.SayThanksButtons thanks) {
        this.sessions = sessions;
        this.inviteFile = inviteFile;
        this.commands = commands;
        this.articles = articles;
        this.thanks = thanks;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        addClassName("planner-page");
        buttons.accept.addClickListener(e -> act(() -> commands.facilitation().accept(actor, shown.id()), "You lead this session. Thank you!"));
        buttons.decline.addClickListener(e -> act(() -> commands.facilitation().decline(actor, shown.id()),
                "Declined. The next person in the rotation is asked."));
        buttons.volunteer.addClickListener(e -> act(() -> commands.facilitation().volunteer(actor, shown.id()), "You lead this session. Thank you!"));
        buttons.takeSwap.addClickListener(e -> {
            act(() -> commands.swaps().takeSwap(actor, shown.id()), "You took the session over.");
            if (shown.twoWeeksRunning() != null && shown.viewerMay().requestSwap()) {
                Notices.warning(shown.twoWeeksRunning());
            }
        });
        buttons.requestSwap.addClickListener(e -> askText("Ask for a swap", "Why? (optional)", "Ask the team",
                text -> commands.swaps().requestSwap(actor, shown.id(), text), "Your team can now take the session over."));
        buttons.yes.addClickListener(e -> act(() -> commands.attendance().answer(actor, shown.id(), Rsvp.YES), "See you there."));
        buttons.maybe.addClickListener(e -> act(() -> commands.attendance().answer(actor, shown.id(), Rsvp.MAYBE), "Noted: maybe."));
        buttons.no.addClickListener(e -> act(() -> commands.attendance().answer(actor, shown.id(), Rsvp.NO), "Noted: you can't come."));
        buttons.hold.addClickListener(e -> askText("Mark as held", "Takeaways (optional)", "Mark as held",
                text -> commands.holding().hold(actor, shown.id(), text), "Marked as held; its gaps are now addressed."));
        buttons.cancel.addClickListener(e -> askText("Cancel this session", "Why is it cancelled? Attendees will see this.",
                "Cancel session", text -> sessions.cancel(actor, shown.id(), text), "The session is cancelled."));
        buttons.edit.addClickListener(e -> new SessionEditDialog(sessions, options, actor, shown, this::show).open());
        buttons.takeaways.addClickListener(e -> askText("Takeaways", "What did the team take away?", "Save takeaways",
                text -> commands.holding().recordTakeaways(actor, shown.id(), text), "Takeaways saved."));
        buttons.setBack.addClickListener(e -> new SetBackDialog(shown, () -> commands.holding().setBack(actor, shown.id()), this::show, this::reload).open());
        // Knowledge base: the editor opens pre-filled from this held session; nothing is saved until the author saves.
        buttons.writeArticle.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class,
                RouteParameters.empty(), ArticleEditorView.fromSession(shown.id()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("sessionId").orElse(-1L));
    }

    private void show(long id) {
        try {
            show(sessions.details(actor, id));
        } catch (NotFoundException gone) {
            removeAll();
            add(new NotFoundNotice("This session", "Back to the sessions", SessionsView.class));
        }
    }

    private void show(SessionDetails s) {
        shown = s;
        removeAll();
        var title = new H2(s.title());
        title.setId("session-title");
        var status = StatusBadge.of(s.status());
        status.setId("session-status");
        add(new RouterLink("← All sessions", SessionsView.class), title, status);
        add(SessionSummary.facts(s, viewerZone));
        List<LinkedArticle> written = s.viewerMayWriteArticle() ? articles.linkedToSession(actor, s.id()) : List.of();
        buttons.show(s, !written.isEmpty());
        add(buttons, inviteFile.link(s), thanks.forSession(actor, s));
        add(SessionSummary.lists(s));
        add(SessionSummary.writtenUp(written));
        add(SessionSummary.feedback(s));
        add(commands.roundtables().section(actor, s, this::reload), commands.followUps().section(actor, s, this::reload));
        add(SessionSummary.attendees(s));
    }

    private void act(Supplier<SessionDetails> step, String done) {
        Save.run(step, Save.FieldProblems.NONE).ifPresentOrElse(s -> show(s, done), this::reload);
    }

    /** A step that needs a few words; a refused text stays in the dialog, any other refusal re-reads the page. */
    private void askText(String title, String label, String confirmLabel, Function<String, SessionDetails> step, String done) {
        var dialog = new NoteDialog(title, label, confirmLabel, text -> show(step.apply(text), done), this::reload);
        dialog.note.setMaxLength(4000);
        dialog.dismiss.setText("Back"); // "Cancel" beside "Cancel session" would read as the same thing
        dialog.open();
    }

    private void show(SessionDetails changed, String done) {
        show(changed);
        Notices.done(done);
    }

    private void reload() { show(shown.id()); }

    SessionDetails shown() { return shown; }
}
