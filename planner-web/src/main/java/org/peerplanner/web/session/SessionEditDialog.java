package org.peerplanner.web.session;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/** Edits a session in place; a refused edit keeps the form open with what was typed. */
class SessionEditDialog extends Dialog {

    SessionEditDialog(SessionService sessions, SessionOptions options, Actor actor, SessionDetails shown,
                      Consumer<SessionDetails> saved) {
        setHeaderTitle("Edit session");
        setWidth("min(900px, 95vw)");
        var members = options.members(actor, shown.teamId());
        var gaps = options.gaps(actor, shown.teamId());
        var form = new SessionForm(shown.start().getZone(), members, gaps);
        form.edit(SessionEdit.from(shown), members, gaps);
        form.addCancelListener(e -> close());
        form.addSaveListener(e -> Save.run(() -> sessions.revise(actor, shown.id(), shown.version(), e.edit()),
                form::showProblems).ifPresent(details -> {
                    saved.accept(details);
                    close();
                    Notices.done("Saved.");
                }));
        add(form);
    }
}
