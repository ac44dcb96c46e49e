package org.peerplanner.web.action;

import com.vaadin.flow.component.Component;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.SessionWrapUpService;
import org.peerplanner.domain.session.SessionAttendance;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/**
 * Builds the follow-up part of a session page (see {@link FollowUpSection}) and wires it to the services, so the
 * session page only adds one component.
 */
@org.springframework.stereotype.Component
public class SessionFollowUps {

    private final ActionItemQueries queries;
    private final ActionItemService actions;
    private final SessionWrapUpService wrapUps;
    private final ItemActions itemActions;
    private final SessionAttendance attendance;

    SessionFollowUps(ActionItemQueries queries, ActionItemService actions, SessionWrapUpService wrapUps,
                     ItemActions itemActions, SessionAttendance attendance) {
        this.queries = queries;
        this.actions = actions;
        this.wrapUps = wrapUps;
        this.itemActions = itemActions;
        this.attendance = attendance;
    }

    /** The section for this session; {@code reload} re-reads the whole page after a change. */
    public Component section(Actor actor, SessionDetails session, Runnable reload) {
        if (session.status() == SessionStatus.CANCELLED || session.notesWithheld()) {
            return new com.vaadin.flow.component.html.Div();
        }
        // A roundtable is wrapped up in its own section, where each presenter commits to a next step.
        boolean roundtable = session.format().isConfidential();
        boolean mayWrapUp = !roundtable && (session.viewerMay().hold() || session.viewerMay().recordTakeaways());
        var section = new FollowUpSection(queries.agenda(actor, session.id()), queries.raisedAt(actor, session.id()),
                mayWrapUp, roundtable, (itemId, outcome, note) -> {
                    // A bad note is shown on the note field (returned); anything else as a notice, and the page re-read.
                    var noteProblem = new java.util.concurrent.atomic.AtomicReference<String>();
                    boolean recorded = Save.run(() -> actions.recordOutcome(actor, itemId, session.id(), outcome, note),
                            problem -> {
                                noteProblem.set(problem.getMessage());
                                return null;
                            });
                    if (recorded) {
                        Notices.done("Recorded: " + outcome.label().toLowerCase() + ".");
                    }
                    if (noteProblem.get() == null) {
                        reload.run();
                    }
                    return noteProblem.get();
                });
        section.wrapUp.addClickListener(e -> openWrapUp(actor, session, reload));
        return section;
    }

    SessionWrapUpDialog openWrapUp(Actor actor, SessionDetails session, Runnable reload) {
        var dialog = new SessionWrapUpDialog(session, itemActions.members(actor, session.teamId()),
                actions.defaultDueDate(actor, session.id()), attendance.presence(actor, session.id()),
                wrapUp -> wrapUps.wrapUp(actor, session.id(), session.version(), wrapUp), reload);
        dialog.open();
        return dialog;
    }
}
