package org.peerplanner.web.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.help.HelpRules;
import org.peerplanner.domain.help.HelpRulesForm;
import org.peerplanner.domain.help.HelpRulesView;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.RouteLinks;
import org.peerplanner.web.common.Save;

/** The team's help rules: members read them, managers change them. Links the team's house rules. */
class HelpRulesDialog extends Dialog {

    final Checkbox teamOnly = new Checkbox("Keep help requests inside the team");
    final IntegerField today = minutes("Minutes to answer a \"today\" request before others are asked");
    final IntegerField week = minutes("Minutes for a \"this week\" request");
    final IntegerField whenever = minutes("Minutes for a \"whenever\" request");
    final Button save = new Button("Save rules");
    private final FieldMessages fields = new FieldMessages();

    HelpRulesDialog(HelpRules rules, Actor actor, long teamId) {
        HelpRulesView shown = rules.rules(actor, teamId);
        setHeaderTitle("Help rules of " + shown.teamName());
        teamOnly.setValue(shown.rules().teamOnly());
        today.setValue(shown.rules().todayWindowMinutes());
        week.setValue(shown.rules().weekWindowMinutes());
        whenever.setValue(shown.rules().wheneverWindowMinutes());
        fields.bind("todayWindowMinutes", today).bind("weekWindowMinutes", week).bind("wheneverWindowMinutes", whenever);
        boolean edit = shown.viewerMayEdit();
        teamOnly.setReadOnly(!edit);
        today.setReadOnly(!edit);
        week.setReadOnly(!edit);
        whenever.setReadOnly(!edit);
        save.setVisible(edit);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Save.run(() -> rules.revise(actor, teamId, shown.version(), new HelpRulesForm(teamOnly.getValue(),
                    value(today), value(week), value(whenever))), fields::show, "Help rules saved.")) {
                close();
            }
        });
        var houseRules = RouteLinks.to(shown.houseRulesRoute(), "The team's house rules");
        houseRules.addClassName("planner-text-link");
        add(new Paragraph(edit ? "As a manager you set how help requests work in this team."
                : "Your team's managers set these."), teamOnly, today, week, whenever, new Paragraph(houseRules));
        getFooter().add(new Button("Close", e -> close()), save);
        setWidth("min(34em, 95vw)");
    }

    private static IntegerField minutes(String label) {
        var field = new IntegerField(label);
        field.setMin(15);
        field.setMax(20160);
        field.setWidthFull();
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
