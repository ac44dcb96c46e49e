package org.peerplanner.web.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.web.action.SessionFollowUps;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.gap.GapsView;
import org.peerplanner.web.knowledge.ArticleEditorView;
import org.peerplanner.web.knowledge.ArticleView;
import org.peerplanner.web.security.CurrentUser;

/**
 * One session: when, where, who leads, what it addresses, who comes; and the buttons that apply to
 * the viewer: accept or decline, volunteer, ask for or take a swap, answer, edit, hold, cancel.
 */
@Route("sessions/:sessionId([0-9]+)")
@PageTitle("Session · Peer Planner")
@PermitAll
public class SessionView extends VerticalLayout implements BeforeEnterObserver {

    final Button accept = new Button("Accept: I'll lead it");
    final Button decline = new Button("Decline");
    final Button volunteer = new Button("Volunteer to lead");
    final Button requestSwap = new Button("Ask for a swap");
    final Button takeSwap = new Button("Take this session over");
    final Button yes = new Button("I'll come");
    final Button maybe = new Button("Maybe");
    final Button no = new Button("Can't come");
    final Button edit = new Button("Edit");
    final Button hold = new Button("Mark as held…");
    final Button cancel = new Button("Cancel session…");
    final Button takeaways = new Button("Record takeaways…");
    final Button writeArticle = new Button("Write an article");

    private final SessionService sessions;
    private final AttendanceService attendance;
    private final FacilitationService facilitation;
    private final SessionHoldingService holding;
    private final SwapService swaps;
    private final SessionOptions options;
    private final SessionInviteFile inviteFile;
    private final SessionFollowUps followUps;
    private final ArticleService articles;
    private final Actor actor;
    private final ZoneId viewerZone;
    private SessionDetails shown;

    public SessionView(SessionService sessions, FacilitationService facilitation, SwapService swaps,
                       AttendanceService attendance, SessionHoldingService holding,
                       SessionOptions options, SessionInviteFile inviteFile, PeopleService people,
                       CurrentUser user, SessionFollowUps followUps, ArticleService articles) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.facilitation = facilitation;
        this.holding = holding;
        this.swaps = swaps;
        this.options = options;
        this.inviteFile = inviteFile;
        this.followUps = followUps;
        this.articles = articles;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        addClassName("planner-page");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        volunteer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeSwap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        accept.addClickListener(e -> act(() -> facilitation.accept(actor, shown.id()), "You lead this session. Thank you!"));
        decline.addClickListener(e -> act(() -> facilitation.decline(actor, shown.id()),
                "Declined. The next person in the rotation is asked."));
        volunteer.addClickListener(e -> act(() -> facilitation.volunteer(actor, shown.id()), "You lead this session. Thank you!"));
        takeSwap.addClickListener(e -> {
            act(() -> swaps.takeSwap(actor, shown.id()), "You took the session over.");
            if (shown.twoWeeksRunning() != null && shown.viewerMay().requestSwap()) {
                Notices.warning(shown.twoWeeksRunning());
            }
        });
        requestSwap.addClickListener(e -> askText("Ask for a swap", "Why? (optional)", "Ask the team",
                text -> swaps.requestSwap(actor, shown.id(), text), "Your team can now take the session over."));
        yes.addClickListener(e -> act(() -> attendance.answer(actor, shown.id(), Rsvp.YES), "See you there."));
        maybe.addClickListener(e -> act(() -> attendance.answer(actor, shown.id(), Rsvp.MAYBE), "Noted: maybe."));
        no.addClickListener(e -> act(() -> attendance.answer(actor, shown.id(), Rsvp.NO), "Noted: you can't come."));
        hold.addClickListener(e -> askText("Mark as held", "Takeaways (optional)", "Mark as held",
                text -> holding.hold(actor, shown.id(), text), "Marked as held; its gaps are now addressed."));
        cancel.addClickListener(e -> askText("Cancel this session", "Why is it cancelled? Attendees will see this.",
                "Cancel session", text -> sessions.cancel(actor, shown.id(), text), "The session is cancelled."));
        edit.addClickListener(e -> openEdit());
        takeaways.addClickListener(e -> askText("Takeaways", "What did the team take away?", "Save takeaways",
                text -> holding.recordTakeaways(actor, shown.id(), text), "Takeaways saved."));
        // Knowledge base: the editor opens pre-filled from this held session; nothing is saved until the author saves.
        writeArticle.setId("write-article");
        writeArticle.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class,
                RouteParameters.empty(), ArticleEditorView.fromSession(shown.id()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            show(sessions.details(actor, id));
        } catch (NotFoundException e) {
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
        add(line("When", s.start().withZoneSameInstant(viewerZone).format(SessionsView.WHEN) + " (your time) · "
                + s.start().format(SessionsView.WHEN) + " " + s.start().getZone().getId() + " · " + s.durationMinutes() + " min"));
        add(line("Format", s.format().label() + (s.pairingFocus() == null ? "" : " · " + s.pairingFocus().label())));
        if (s.location() != null) {
            add(line("Where", s.location()));
        }
        var lead = new Span(s.facilitator() == null ? "Nobody yet: volunteers welcome"
                : s.facilitator().name() + (s.coFacilitator() == null ? "" : " with " + s.coFacilitator().name()));
        lead.setId("session-facilitator");
        add(labelled("Facilitator", lead));
        if (s.openSwap() != null) {
            add(line("Swap", s.openSwap().requestedByName() + " asked for a swap"
                    + (s.openSwap().reason() == null ? "" : ": " + s.openSwap().reason())));
        }
        if (s.cancelReason() != null) {
            add(line("Cancelled", s.cancelReason()));
        }
        if (s.twoWeeksRunning() != null) {
            var warning = muted(s.twoWeeksRunning());
            warning.setId("two-weeks-running");
            add(warning);
        }
        add(actions(s));
        add(inviteFile.link(s));
        if (s.changeLink() != null && !s.changeLink().isBlank()) {
            add(labelled("Change", new Anchor(s.changeLink(), s.changeLink())));
        }
        add(new H3("Agenda"), multiline(s.agenda() == null ? "No agenda yet." : s.agenda()));
        add(new H3("Gaps it addresses"));
        if (s.gaps().isEmpty()) {
            add(muted("None."));
        }
        s.gaps().forEach(g -> add(new Div(new RouterLink("#" + g.id() + " " + g.title(), GapsView.class,
                new RouteParameters("gapId", String.valueOf(g.id()))))));
        add(new H3("Materials"));
        if (s.materials().isEmpty()) {
            add(muted("None yet."));
        }
        s.materials().forEach(m -> {
            var link = new Anchor(m.url(), m.label());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Div(link));
        });
        if (s.takeaways() != null) {
            add(new H3("Takeaways"), multiline(s.takeaways()));
        }
        writtenUp(s);
        add(followUps.section(actor, s, this::reload));
        add(new H3("Who comes"));
        add(muted(s.attendanceSummary()));
        s.attendees().forEach(a -> add(new Div(new Span(a.name() + " · " + a.answer()))));
    }

    /** Articles already written from this session, so a second click does not make a duplicate unnoticed. */
    private void writtenUp(SessionDetails s) {
        if (s.status() != org.peerplanner.domain.session.SessionStatus.HELD) {
            return;
        }
        var written = articles.linkedToSession(actor, s.id());
        writeArticle.setText(written.isEmpty() ? "Write an article" : "Write another article");
        if (!written.isEmpty()) {
            add(new H3("In the knowledge base"));
            written.forEach(a -> add(new Div(new RouterLink(a.title(), ArticleView.class,
                    new RouteParameters("articleId", String.valueOf(a.id()))))));
        }
    }

    private Div actions(SessionDetails s) {
        var may = s.viewerMay();
        accept.setVisible(may.accept());
        decline.setVisible(may.decline());
        volunteer.setVisible(may.volunteer());
        requestSwap.setVisible(may.requestSwap());
        takeSwap.setVisible(may.takeSwap());
        yes.setVisible(may.answer());
        maybe.setVisible(may.answer());
        no.setVisible(may.answer());
        showAnswer(s.viewerRsvp());
        edit.setVisible(may.edit());
        hold.setVisible(may.hold());
        cancel.setVisible(may.cancel());
        takeaways.setVisible(may.recordTakeaways());
        writeArticle.setVisible(s.status() == org.peerplanner.domain.session.SessionStatus.HELD);
        var box = new Div(accept, decline, volunteer, requestSwap, takeSwap, yes, maybe, no, edit, hold, cancel, takeaways,
                writeArticle);
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-m) 0");
        return box;
    }

    /** The answer given stands out, so people see what they said without scrolling to the list. */
    private void showAnswer(Rsvp given) {
        java.util.Map.of(yes, Rsvp.YES, maybe, Rsvp.MAYBE, no, Rsvp.NO).forEach((button, rsvp) -> {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (rsvp == given) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(rsvp == given));
        });
    }

    private void act(Supplier<SessionDetails> step, String done) {
        try {
            show(step.get());
            Notices.done(done);
        } catch (InvalidInputException | ConflictException | NotPermittedException problem) {
            Notices.problem(problem.getMessage());
            reload();
        }
    }

    private void askText(String title, String label, String confirmLabel, Function<String, SessionDetails> step, String done) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var text = new TextArea(label);
        text.setWidth("28em");
        text.setMaxLength(4000);
        var confirm = new Button(confirmLabel, e -> {
            try {
                show(step.apply(text.getValue()));
                dialog.close();
                Notices.done(done);
            } catch (InvalidInputException problem) {
                text.setErrorMessage(problem.getMessage());
                text.setInvalid(true);
            } catch (ConflictException | NotPermittedException problem) {
                dialog.close();
                Notices.problem(problem.getMessage());
                reload();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button("Back", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void openEdit() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit session");
        dialog.setWidth("min(900px, 95vw)");
        var members = options.members(actor, shown.teamId());
        var gaps = options.gaps(actor, shown.teamId());
        var form = new SessionForm(shown.start().getZone(), members, gaps);
        form.edit(new SessionEdit(shown.format(), shown.title(), shown.agenda(), shown.start(), shown.durationMinutes(),
                shown.location(), shown.facilitator() == null ? null : shown.facilitator().id(),
                shown.coFacilitator() == null ? null : shown.coFacilitator().id(), shown.pairingFocus(),
                shown.changeLink(), shown.gaps().stream().map(SessionDetails.GapRef::id).collect(java.util.stream.Collectors.toSet()),
                shown.materials()), members, gaps);
        form.addCancelListener(e -> dialog.close());
        form.addSaveListener(e -> {
            try {
                show(sessions.revise(actor, shown.id(), shown.version(), e.edit()));
                dialog.close();
                Notices.done("Saved.");
            } catch (InvalidInputException problem) {
                String rest = form.showProblems(problem);
                if (!rest.isEmpty()) {
                    Notices.problem(rest);
                }
            } catch (ConflictException | NotPermittedException problem) {
                Notices.problem(problem.getMessage());
            }
        });
        dialog.add(form);
        dialog.open();
    }

    private void reload() {
        try {
            show(sessions.details(actor, shown.id()));
        } catch (NotFoundException gone) {
            removeAll();
            add(new NotFoundNotice("This session", "Back to the sessions", SessionsView.class));
        }
    }

    private static Paragraph line(String label, String value) {
        return labelled(label, new Span(value));
    }

    private static Paragraph labelled(String label, Component value) {
        var l = new Span(label + ": ");
        l.getStyle().set("font-weight", "600");
        var p = new Paragraph(l, value);
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    /** Keeps the line breaks people typed. */
    private static Paragraph multiline(String text) {
        var p = new Paragraph(text);
        p.getStyle().set("white-space", "pre-line");
        return p;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("planner-muted");
        return p;
    }

    SessionDetails shown() {
        return shown;
    }
}
