package org.peerplanner.web.feedback;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.feedback.FeedbackService;
import org.peerplanner.web.common.Save;

/**
 * The two switches for feedback that live on other screens: a person's opt-out on their profile, a team's setting on
 * its settings page. Each saves as soon as it is changed.
 */
public final class FeedbackChoices {

    private FeedbackChoices() {
    }

    /** For the profile: ticked when the person does not want to be asked. */
    public static Checkbox optOut(FeedbackService feedback, Actor actor) {
        var box = new Checkbox("Don't ask me for feedback after sessions", feedback.optedOut(actor));
        box.setId("feedback-opt-out");
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Save.run(() -> feedback.optOut(actor, e.getValue()), Save.FieldProblems.NONE, e.getValue()
                        ? "You will not be asked for feedback." : "You will be asked for feedback after sessions.");
            }
        });
        return box;
    }

    /** For the team's settings: ticked when the team asks those who came; only managers may change it. */
    public static Checkbox teamAsks(FeedbackService feedback, Actor actor, long teamId, boolean manageable) {
        var box = new Checkbox("Ask those who came for anonymous feedback after each session",
                feedback.teamAsks(actor, teamId));
        box.setId("team-feedback");
        box.setReadOnly(!manageable);
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && !Save.run(() -> feedback.setTeamAsks(actor, teamId, e.getValue()),
                    Save.FieldProblems.NONE, e.getValue() ? "The team asks for feedback after sessions."
                            : "The team no longer asks for feedback.")) {
                box.setValue(e.getOldValue());
            }
        });
        return box;
    }
}
