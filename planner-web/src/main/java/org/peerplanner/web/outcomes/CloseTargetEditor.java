package org.peerplanner.web.outcomes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.outcomes.OutcomesService;
import org.peerplanner.web.common.Save;

/** For managers: the days the team aims to close a gap in; a refused value stays in the field with its message. */
class CloseTargetEditor extends HorizontalLayout {

    final IntegerField target = new IntegerField("Target for closing a gap (days)");
    final Button set = new Button("Set target");

    CloseTargetEditor(OutcomesService outcomes, Actor actor, long teamId, int days, Runnable saved) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        target.setValue(days);
        target.setMin(1);
        target.setId("close-target");
        set.addClickListener(e -> {
            target.setInvalid(false);
            if (Save.run(() -> outcomes.aimToCloseGapsWithin(actor, teamId, target.getValue() == null ? 0
                    : target.getValue()), this::place, "The target is saved.")) {
                saved.run();
            }
        });
        add(target, set);
    }

    private String place(InvalidInputException problem) {
        target.setInvalid(true);
        target.setErrorMessage(problem.getMessage());
        return null;
    }
}
