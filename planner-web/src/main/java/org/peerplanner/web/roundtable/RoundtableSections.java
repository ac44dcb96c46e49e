package org.peerplanner.web.roundtable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.roundtable.PresenterSlot;
import org.peerplanner.domain.roundtable.RoundtablePage;
import org.peerplanner.domain.roundtable.Roundtables;
import org.peerplanner.domain.roundtable.TopicCandidate;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.web.common.NoteDialog;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Builds the roundtable part of a session page (see {@link RoundtableSection}) and wires it to the service, so the
 * session page only adds one component; other formats get nothing.
 */
@org.springframework.stereotype.Component
public class RoundtableSections {

    private final Roundtables roundtables;
    private final TeamService teams;

    RoundtableSections(Roundtables roundtables, TeamService teams) {
        this.roundtables = roundtables;
        this.teams = teams;
    }

    /** The section for this session; {@code reload} re-reads the whole page after a change. */
    public Component section(Actor actor, SessionDetails session, Runnable reload) {
        if (session.format() != SessionFormat.ROUNDTABLE) {
            return new Div();
        }
        RoundtablePage page = roundtables.page(actor, session.id());
        var section = new RoundtableSection(page, new RoundtableSection.SlotActions() {
            @Override
            public void agree(PresenterSlot slot) {
                Save.run(() -> roundtables.agree(actor, slot.id()), Save.FieldProblems.NONE)
                        .ifPresent(s -> Notices.done("Thank you: you bring it, and you are down as coming."));
                reload.run();
            }

            @Override
            public void withdraw(PresenterSlot slot) {
                Save.run(() -> roundtables.withdraw(actor, slot.id()), Save.FieldProblems.NONE, "Removed.");
                reload.run();
            }
        }, candidate -> openPropose(actor, session, candidate, reload));
        section.bring.addClickListener(e -> {
            var dialog = new NoteDialog("Bring a problem", "Your current problem, in one line", "Bring it",
                    text -> roundtables.bring(actor, session.id(), text), reload);
            dialog.note.setMaxLength(200);
            dialog.open();
        });
        section.propose.addClickListener(e -> openPropose(actor, session, null, reload));
        section.wrapUp.addClickListener(e -> openWrapUp(actor, page, reload));
        return section;
    }

    ProposeTopicDialog openPropose(Actor actor, SessionDetails session, TopicCandidate from, Runnable reload) {
        var dialog = new ProposeTopicDialog(members(actor, session.teamId()), from,
                d -> roundtables.propose(actor, session.id(),
                        d.presenter.getValue() == null ? -1 : d.presenter.getValue().id(), d.problem.getValue(),
                        from == null ? null : from.origin()), reload);
        dialog.open();
        return dialog;
    }

    RoundtableWrapUpDialog openWrapUp(Actor actor, RoundtablePage page, Runnable reload) {
        var dialog = new RoundtableWrapUpDialog(page.agreedPresenters(),
                d -> roundtables.wrapUp(actor, page.sessionId(), page.sessionVersion(), d.takeaways.getValue(),
                        d.commitmentsTyped()), reload);
        dialog.open();
        return dialog;
    }

    private List<Option> members(Actor actor, long teamId) {
        return teams.members(actor, teamId, "", PageRequest.of(0, 1000, Sort.by("person.fullName"))).stream()
                .map(m -> new Option(m.personId(), m.fullName())).toList();
    }
}
