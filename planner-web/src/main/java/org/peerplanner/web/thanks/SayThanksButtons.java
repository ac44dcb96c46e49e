package org.peerplanner.web.thanks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.thanks.Teammate;
import org.peerplanner.domain.thanks.Thanks;
import org.peerplanner.domain.thanks.ThanksFor;
import org.springframework.stereotype.Component;

/**
 * The "Say thanks" buttons of other pages: on a held session (its leader chosen), an article (its author chosen) and
 * a person's profile. A button is hidden where the viewer has nobody to thank, e.g. an administrator outside the team.
 */
@Component
public class SayThanksButtons {

    private final Thanks thanks;

    SayThanksButtons(Thanks thanks) {
        this.thanks = thanks;
    }

    public Button forSession(Actor actor, SessionDetails s) {
        if (s.status() != SessionStatus.HELD) {
            return hidden();
        }
        // Boxed on purpose: a ternary mixing long and null would unbox the null and fail.
        Long leader = s.facilitator() != null && s.facilitator().id() != actor.personId() ? Long.valueOf(s.facilitator().id())
                : s.coFacilitator() == null ? null : Long.valueOf(s.coFacilitator().id());
        var what = s.format() == SessionFormat.PAIRING ? ThanksFor.PAIRING : ThanksFor.SESSION;
        return button(actor, new ThanksDialog.For(s.teamId(), what, s.id(), s.title()), leader, null);
    }

    public Button forArticle(Actor actor, ArticleDetails a) {
        return button(actor, new ThanksDialog.For(a.teamId(), ThanksFor.ARTICLE, a.id(), a.title()), null,
                a.authorName());
    }

    /** On someone's profile: thanks for their help, in the giver's words. */
    public Button forPerson(Actor actor, long personId, String name) {
        if (!thanks.mayThank(actor, personId)) {
            return hidden();
        }
        var button = button(List.of(new Teammate(personId, name)), actor, ThanksDialog.For.help(null), personId);
        button.setText("Say thanks to " + name.split(" ")[0]);
        return button;
    }

    private Button button(Actor actor, ThanksDialog.For what, Long preselected, String preselectedName) {
        List<Teammate> people;
        try {
            people = thanks.teammates(actor, what.teamId());
        } catch (NotFoundException notInTeam) {
            return hidden();
        }
        Long chosen = preselected != null ? preselected : people.stream()
                .filter(p -> p.name().equals(preselectedName)).map(Teammate::personId).findFirst().orElse(null);
        return people.isEmpty() ? hidden() : button(people, actor, what, chosen);
    }

    private Button button(List<Teammate> people, Actor actor, ThanksDialog.For what, Long chosen) {
        var button = new Button("Say thanks", new Icon(VaadinIcon.HEART_O));
        button.addClassName("planner-say-thanks");
        button.addClickListener(e -> new ThanksDialog(thanks, actor, what, people, chosen).open());
        return button;
    }

    private static Button hidden() {
        var button = new Button("Say thanks");
        button.setVisible(false);
        return button;
    }
}
