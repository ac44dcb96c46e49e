package org.peerplanner.web.gap;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapDetails;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapParticipationService;
import org.peerplanner.web.common.NoteDialog;

/**
 * What the buttons of the gap details do: vote, offer to teach, close, decline, reopen. A step that needs a note asks
 * for it first ({@code apply}: a refused note stays in its dialog); the others run at once ({@code act}).
 */
final class GapDetailsSteps {

    private GapDetailsSteps() {
    }

    static void wire(GapDetailsPanel details, GapParticipationService participation, GapLifecycleService lifecycle,
                     Actor actor, Supplier<GapDetails> shown, Consumer<Supplier<GapDetails>> act,
                     Consumer<Supplier<GapDetails>> apply) {
        details.vote.addClickListener(e -> act.accept(() -> shown.get().hasMyVote()
                ? participation.unvote(actor, shown.get().id()) : participation.vote(actor, shown.get().id())));
        details.offer.addClickListener(e -> {
            var gap = shown.get();
            if (gap.haveIOffered()) {
                act.accept(() -> participation.withdrawOffer(actor, gap.id()));
            } else {
                new NoteDialog("Offer to teach “" + gap.title() + "”", "A note for the team (optional)",
                        "I can teach this", note -> apply.accept(() -> participation.offerToTeach(actor, gap.id(), note))).open();
            }
        });
        details.close.addClickListener(e -> new NoteDialog("Close “" + shown.get().title() + "”",
                "What closed it? (required)", "Close gap",
                note -> apply.accept(() -> lifecycle.close(actor, shown.get().id(), note))).open());
        details.decline.addClickListener(e -> new NoteDialog("Decline “" + shown.get().title() + "”",
                "Why not? (required)", "Decline gap",
                note -> apply.accept(() -> lifecycle.decline(actor, shown.get().id(), note))).open());
        details.reopen.addClickListener(e -> new NoteDialog("Reopen “" + shown.get().title() + "”",
                "Why does it need attention again? (required)", "Reopen",
                note -> apply.accept(() -> lifecycle.reopen(actor, shown.get().id(), note))).open());
    }
}
