package org.peerplanner.web.gap;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapDetails;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/** Logs, requests, proposes or revises a gap; a refused draft stays in the form to correct. */
class GapFormDialog extends Dialog {

    /** How a gap comes in, with the words its dialog uses. */
    enum Mode {
        LOG("Log a knowledge gap", "Log gap"),
        REQUEST("Request a topic nobody teaches yet", "Request topic"),
        PROPOSE("Propose a topic you want to present", "Propose topic"),
        REVISE("Edit gap", "Save changes");

        final String title;
        final String saveLabel;

        Mode(String title, String saveLabel) {
            this.title = title;
            this.saveLabel = saveLabel;
        }
    }

    GapFormDialog(GapService gaps, GapBoardService board, Actor actor, long teamId, String title, String saveLabel,
                  Mode mode, GapDetails revising, Consumer<GapDetails> saved) {
        setHeaderTitle(title);
        setWidth("min(760px, 95vw)");
        var form = new GapForm(text -> board.similarOpenGaps(actor, teamId, text));
        form.save.setText(saveLabel);
        if (revising == null) {
            form.edit(GapDraft.of("", mode == Mode.LOG ? null : GapSource.OTHER, Urgency.MEDIUM));
        } else {
            form.ignoreInHints(revising.id());
            form.edit(GapDraft.from(revising));
        }
        form.addCancelListener(e -> close());
        form.addSaveListener(e -> Save.run(() -> switch (mode) {
            case LOG -> gaps.log(actor, teamId, e.draft());
            case REQUEST -> gaps.request(actor, teamId, e.draft());
            case PROPOSE -> gaps.propose(actor, teamId, e.draft(), null);
            case REVISE -> gaps.revise(actor, revising.id(), revising.version(), e.draft());
        }, form::showProblems).ifPresent(gap -> {
            close();
            saved.accept(gap);
            Notices.done("Saved “" + gap.title() + "”.");
        }));
        add(form);
    }
}
