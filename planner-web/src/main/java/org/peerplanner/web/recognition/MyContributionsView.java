package org.peerplanner.web.recognition;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.peerplanner.domain.recognition.MyContributions;
import org.peerplanner.domain.recognition.MyContributionsPage;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.thanks.ThanksReceived;

/**
 * The signed-in person's own contributions: next step, milestones, then everything, with exports. It takes no person
 * in its address, so nobody reaches anyone else's by editing it.
 */
@Route("my-contributions")
@PageTitle("My contributions · Peer Planner")
@Menu(order = 58, icon = "vaadin:star-o", title = "My contributions")
@PermitAll
public class MyContributionsView extends VerticalLayout {

    final Div nextStep = new Div();
    final UnorderedList milestones = new UnorderedList();
    /** The thanks the person received (the thanks feature's section), between milestones and the ledger. */
    final Div thanksReceived = new Div();
    final Paragraph totals = new Paragraph();
    final MyContributionsPage page;

    public MyContributionsView(MyContributions contributions, FacilitationService facilitation,
                               ContributionDownloads downloads, ThanksReceived thanks, SelectedTeam selectedTeam,
                               CurrentUser user) {
        addClassName("planner-page");
        var actor = user.actor();
        var team = selectedTeam.current();
        page = contributions.page(actor, team.map(t -> t.id()).orElse(null));
        add(new H2("My contributions"), new Paragraph("Only you see this page. Export it for your own review "
                + "conversation if you like: it is yours to share or not."));

        nextStep.setId("my-next-step");
        if (page.nextStep() != null) {
            nextStep.add(new H3("Your next step"), new NextStepPanel(page.nextStep(), actor, facilitation));
            add(nextStep);
        }

        milestones.setId("my-milestones");
        page.milestones().forEach(m -> milestones.add(new ListItem(m.kind().label() + " · "
                + LedgerList.DAY.format(m.on()) + " · " + m.because())));
        add(new H3("Milestones"), page.milestones().isEmpty()
                ? new Paragraph("None yet. Co-facilitating a session is a good first one.") : milestones);

        thanksReceived.setId("thanks-received");
        thanksReceived.add(thanks.section(actor));
        add(thanksReceived);

        totals.setId("my-totals");
        totals.setText(page.entries().isEmpty() ? "Nothing yet: leading, pairing, writing and finishing action items "
                + "show up here on their own." : page.totals().stream().map(t -> t.kind().label() + ": " + t.count())
                .collect(Collectors.joining(" · ")));
        var exports = new HorizontalLayout(downloads.ownXlsx(actor), downloads.ownMarkdown(actor));
        add(new H3("Everything you contributed"), totals, exports, LedgerList.grid(page.entries()));

        team.filter(t -> t.manageable()).ifPresent(t -> {
            var link = new RouterLink("Contributions in " + t.name() + " (for managers)", TeamContributionsView.class);
            link.addClassName("planner-text-link");
            add(link);
        });
    }
}
