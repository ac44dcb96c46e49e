package org.peerplanner.web.calendar;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.security.CurrentUser;

/**
 * The person's calendar feed links (https and webcal) with copy buttons, how to add them to the
 * common calendar apps, and regenerate / turn off.
 */
@Route("subscriptions")
@PageTitle("Calendar subscriptions · Peer Planner")
@Menu(order = 85, icon = "vaadin:calendar-envelope", title = "Calendar subscriptions")
@PermitAll
public class SubscriptionsView extends VerticalLayout {

    final VerticalLayout links = new VerticalLayout();
    final Button regenerate = new Button("Make new links", VaadinIcon.REFRESH.create());
    final Button turnOff = new Button("Turn my links off");
    final Checkbox actionItems = new Checkbox("Show my open action items on their due dates");

    private final CalendarFeedService feeds;
    private final TeamService teams;
    private final Actor actor;
    private final FeedLinks feedLinks;

    public SubscriptionsView(CalendarFeedService feeds, TeamService teams, CurrentUser user,
                             FeedLinks feedLinks) {
        this.feeds = feeds;
        this.teams = teams;
        this.actor = user.actor();
        this.feedLinks = feedLinks;
        addClassName("planner-page");
        links.setPadding(false);
        regenerate.addClickListener(e -> {
            feeds.regenerate(actor);
            render();
            Notices.done("New links made. The old ones stopped working: update your calendar apps.");
        });
        actionItems.setId("feed-action-items");
        actionItems.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                feeds.showActionItems(actor, e.getValue());
                Notices.done(e.getValue() ? "Your feed shows your action items' due dates from its next refresh."
                        : "Your feed leaves out your action items from its next refresh.");
            }
        });
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        turnOff.addClickListener(e -> {
            feeds.revoke(actor);
            render();
            Notices.done("Your calendar links are off. Make new links to subscribe again.");
        });
        add(new H2("Calendar subscriptions"),
                new Paragraph("Subscribe once and your calendar follows every change: new sessions, new times, "
                        + "cancellations. These links are personal: anyone who has them sees your sessions, so keep "
                        + "them to yourself, and make new ones if a link got out."),
                links, new HorizontalLayout(regenerate, turnOff), howTo());
        render();
    }

    private void render() {
        links.removeAll();
        var token = feeds.token(actor);
        if (token.isEmpty()) {
            links.add(new Paragraph("Your links are off."));
            turnOff.setVisible(false);
            return;
        }
        turnOff.setVisible(true);
        actionItems.setValue(feeds.showsActionItems(actor));
        links.add(new H3("My sessions"), muted("Sessions you lead or said yes or maybe to, in all your teams, "
                        + "and, if you like, your open action items as all-day entries on their due dates."),
                linkRow("personal", "Link to my sessions", feedLinks.personal(token.get())),
                actionItems);
        teams.visibleTeams(actor).stream()
                .filter(t -> !actor.administrator() || t.memberCount() > 0)
                .forEach(team -> links.add(new H3(team.name()), muted("Every session of the team."),
                        linkRow("team-" + team.id(), "Link to " + team.name() + " sessions",
                                feedLinks.team(token.get(), team.id()))));
    }

    private HorizontalLayout linkRow(String id, String name, String https) {
        String webcal = https.replaceFirst("^https?://", "webcal://");
        var field = new TextField();
        field.setValue(https);
        field.setReadOnly(true);
        field.setWidth("42em");
        field.setMaxWidth("100%"); // a phone shows the whole field; the link scrolls inside it
        field.setId("feed-" + id);
        field.setAriaLabel(name); // the heading above says what it is; a screen reader needs it on the field
        var copy = new Button("Copy", VaadinIcon.COPY_O.create(), e -> copy(https));
        var copyWebcal = new Button("Copy webcal link", e -> copy(webcal));
        copyWebcal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(field, copy, copyWebcal);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static void copy(String text) {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", text);
        Notices.done("Copied.");
    }

    private static VerticalLayout howTo() {
        var list = new UnorderedList(
                new ListItem("Google Calendar: Other calendars → + → From URL, paste the https link, Add calendar."),
                new ListItem("Outlook: Add calendar → Subscribe from web, paste the https link, Import."),
                new ListItem("Apple Calendar: File → New Calendar Subscription, paste the webcal link, Subscribe."),
                new ListItem("Thunderbird: New Calendar → On the network, paste the https link."));
        var box = new VerticalLayout(new H3("Adding a link to your calendar"), list,
                muted("Calendar apps refresh subscriptions on their own schedule (Google every few hours); "
                        + "the feed asks them to check hourly."));
        box.setPadding(false);
        return box;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("planner-muted");
        return p;
    }
}
