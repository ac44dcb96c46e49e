package org.peerplanner.web.houserules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.houserules.HouseRules;
import org.peerplanner.domain.houserules.HouseRulesPage;
import org.springframework.stereotype.Component;

/**
 * Shows a newcomer their team's house rules once, on their first visit to Home after joining. They count as shown
 * when the dialog opens, so closing it any way does not bring it back on every visit.
 */
@Component
public class HouseRulesArrival {

    private final HouseRules rules;

    HouseRulesArrival(HouseRules rules) {
        this.rules = rules;
    }

    /** Opens the dialog when there are house rules the actor has not been shown yet. */
    public void greet(Actor actor) {
        rules.toShowOnArrival(actor).ifPresent(page -> {
            rules.markSeen(actor, page.teamId());
            dialog(page).open();
        });
    }

    static Dialog dialog(HouseRulesPage page) {
        var dialog = new Dialog();
        dialog.addClassName("planner-house-rules-arrival");
        dialog.setHeaderTitle("Welcome to " + page.teamName() + ": our house rules");
        dialog.add(RulesText.body(page));
        dialog.setWidth("min(44em, 95vw)");
        var ok = new Button("Thanks, got it", e -> dialog.close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(ok);
        return dialog;
    }
}
