package org.peerplanner.web.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.help.HelpAnswers;
import org.peerplanner.domain.help.HelpPage;
import org.peerplanner.domain.help.HelpRequests;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;

/** One request: the question, the thread, offers to pair, and what a finished request becomes. */
@Route("help/:requestId([0-9]+)")
@PageTitle("Help request · Peer Planner")
@PermitAll
public class HelpRequestView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Div details = new Div();
    final Div thread = new Div();
    final Div routing = new Div();
    final TextArea reply = new TextArea("Your answer (Markdown)");
    final Button send = new Button("Answer");
    final Button pair = new Button("Offer to pair");
    final Button close = new Button("Close without an answer");
    final Button article = new Button("Turn into an article");
    final Button gap = new Button("Log as a knowledge gap");
    private final FieldMessages fields = new FieldMessages();
    private final HelpRequests requests;
    private final HelpAnswers answers;
    private final Actor actor;
    private final ZoneId zone;
    private HelpPage page;
    private Long replyTo;

    public HelpRequestView(HelpRequests requests, HelpAnswers answers, PeopleService people, CurrentUser user) {
        this.requests = requests;
        this.answers = answers;
        this.actor = user.actor();
        this.zone = people.timeZone(actor);
        addClassName("planner-page");
        reply.setWidthFull();
        reply.setMaxLength(10_000);
        fields.bind("body", reply);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> Save.run(() -> answers.answer(actor, page.id(), replyTo, reply.getValue()),
                fields::show).ifPresent(id -> {
                    reply.clear();
                    show(page.id());
                }));
        pair.addClickListener(e -> new PairDialog(answers, actor, page.id(), zone, () -> show(page.id())).open());
        close.addClickListener(e -> run(() -> answers.close(actor, page.id()), "Closed."));
        article.addClickListener(e -> Save.run(() -> answers.turnIntoArticle(actor, page.id()), Save.FieldProblems.NONE)
                .ifPresent(id -> article.getUI().ifPresent(ui -> ui.navigate("knowledge/edit/" + id))));
        gap.addClickListener(e -> Save.run(() -> answers.logAsGap(actor, page.id()), Save.FieldProblems.NONE)
                .ifPresent(id -> gap.getUI().ifPresent(ui -> ui.navigate("gaps/" + id))));
        var actions = new HorizontalLayout(pair, close, article, gap);
        actions.setWrap(true);
        add(title, facts, details, new H3("Answers"), thread, reply, send, actions, routing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(event.getRouteParameters().getLong("requestId").orElse(-1L));
        } catch (NotFoundException e) {
            removeAll();
            add(new NotFoundNotice("This help request", "Back to the help board", HelpBoardView.class));
        }
    }

    private void show(long id) {
        page = requests.page(actor, id);
        replyTo = null;
        title.setText(page.title());
        facts.setText(page.kind().label() + " · " + page.urgency().label() + " · " + page.status().label()
                + " · asked by " + page.askerName() + (page.tags().isEmpty() ? "" : " · " + String.join(", ", page.tags()))
                + (page.confidential() ? " · confidential" : page.wholeOrganisation() ? " · whole organisation" : ""));
        details.removeAll();
        details.add(SafeBlock.of(page.detailsHtml()));
        RequestLinks.addTo(details, page);
        thread.removeAll();
        if (page.thread().isEmpty()) {
            thread.add(new Paragraph("No answers yet."));
        }
        page.thread().forEach(entry -> {
            var item = new ThreadItem(entry, zone);
            item.helped.addClickListener(e -> run(() -> answers.markHelped(actor, page.id(), entry.id()), "Solved. Thank you!"));
            item.acceptPair.addClickListener(e -> run(() -> answers.acceptPairing(actor, page.id(), entry.id()),
                    "The pairing session is in both your calendars."));
            item.reply.setVisible(page.viewerMay().answer());
            item.reply.addClickListener(e -> {
                replyTo = entry.id();
                reply.setLabel("Your reply to " + entry.authorName() + " (Markdown)");
                reply.focus();
            });
            thread.add(item);
        });
        reply.setLabel("Your answer (Markdown)");
        reply.setVisible(page.viewerMay().answer());
        send.setVisible(page.viewerMay().answer());
        pair.setVisible(page.viewerMay().offerToPair());
        close.setVisible(page.viewerMay().close());
        article.setVisible(page.viewerMay().turnIntoArticle());
        gap.setVisible(page.viewerMay().logAsGap());
        routing.removeAll();
        if (!page.routing().isEmpty()) {
            routing.add(new H3("Who was asked, and why"));
            page.routing().forEach(r -> routing.add(new Paragraph("Round " + r.round() + ": " + r.name() + " — " + r.reason())));
        }
    }

    private void run(Runnable command, String done) {
        Save.run(command, Save.FieldProblems.NONE, done);
        show(page.id());
    }
}
