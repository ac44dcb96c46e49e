package org.peerplanner.web.action;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.web.common.NoteDialog;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The buttons an item offers those who may change it: done, drop (with a note), reopen, edit. */
@org.springframework.stereotype.Component
class ItemActions {

    private final ActionItemService actions;
    private final TeamService teams;

    ItemActions(ActionItemService actions, TeamService teams) {
        this.actions = actions;
        this.teams = teams;
    }

    Component buttons(Actor actor, ActionItemView item, Runnable refresh) {
        var box = new Div();
        box.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)");
        if (!item.viewerMayUpdate()) {
            return box;
        }
        if (item.open()) {
            box.add(small("Done…", () -> new NoteDialog("Mark as done", "What came of it? (optional)", "Mark as done",
                    note -> actions.complete(actor, item.id(), note), refresh).open()));
            box.add(small("Drop…", () -> new NoteDialog("Drop this action item", "Why is it dropped? The team will see this.",
                    "Drop it", note -> actions.drop(actor, item.id(), note), refresh).open()));
            box.add(small("Edit…", () -> new ItemEditDialog(item, members(actor, item.teamId()),
                    draft -> actions.revise(actor, item.id(), item.version(), draft), refresh).open()));
        } else {
            box.add(small("Reopen", () -> {
                Save.run(() -> actions.reopen(actor, item.id()), Save.FieldProblems.NONE,
                        "Reopened: it is back on the next agenda.");
                refresh.run();
            }));
        }
        return box;
    }

    List<Option> members(Actor actor, long teamId) {
        return teams.members(actor, teamId, "", PageRequest.of(0, 1000, Sort.by("person.fullName"))).stream()
                .map(m -> new Option(m.personId(), m.fullName())).toList();
    }

    private static Button small(String text, Runnable click) {
        var button = new Button(text, e -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
