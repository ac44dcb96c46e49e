package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.peerplanner.web.common.AccessibleTabs;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/** The team's sessions: upcoming and past grouped by week, and a month view. */
@Route("sessions")
@PageTitle("Sessions · Peer Planner")
@Menu(order = 20, icon = "vaadin:calendar", title = "Sessions")
@PermitAll
public class SessionsView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final Tabs tabs = new AccessibleTabs(new Tab("Upcoming"), new Tab("Past"), new Tab("Month"));
    final VerticalLayout content = new VerticalLayout();
    final Button schedule = new Button("Schedule a session", VaadinIcon.PLUS.create());
    final Span monthTitle = new Span();

    private final SessionService sessions;
    private final SessionOptions options;
    private final Actor actor;
    private final ZoneId viewerZone;
    private TeamSummary team;
    private YearMonth month;

    public SessionsView(SessionService sessions, SessionOptions options, PeopleService people, SelectedTeam selectedTeam,
                        CurrentUser user) {
        this.sessions = sessions;
        this.options = options;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        addClassName("planner-page");
        var current = selectedTeam.current();
        if (current.isEmpty()) {
            add(new H2("Sessions"), new Paragraph("You are not in a team yet."));
            return;
        }
        team = current.get();
        month = YearMonth.from(options.today(team));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setVisible(team.manageable());
        schedule.addClickListener(e -> new ScheduleSessionDialog(sessions, options, actor, team, this::render).open());
        var plan = new RouterLink("Plan the next weeks", PlanView.class);
        plan.setVisible(team.manageable());
        var header = new HorizontalLayout(new H2("Sessions · " + team.name()), schedule, plan, new RouterLink("Rota", RotaView.class));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        content.setPadding(false);
        tabs.addSelectedChangeListener(e -> render());
        add(header, new Paragraph("Times are shown in your time zone, " + viewerZone.getId() + "."), tabs, content);
        render();
    }

    void render() {
        content.removeAll();
        switch (tabs.getSelectedIndex()) {
            case 0 -> byWeek(sessions.upcoming(actor, team.id()), "Nothing planned yet.");
            case 1 -> byWeek(sessions.past(actor, team.id(), 100), "No sessions held yet.");
            default -> monthView();
        }
    }

    private void byWeek(List<SessionCard> cards, String empty) {
        if (cards.isEmpty()) {
            content.add(new Paragraph(empty));
            return;
        }
        Map<LocalDate, List<SessionCard>> weeks = cards.stream().collect(Collectors.groupingBy(
                c -> c.start().withZoneSameInstant(viewerZone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                TreeMap::new, Collectors.toList()));
        var ordered = tabs.getSelectedIndex() == 1 ? ((TreeMap<LocalDate, List<SessionCard>>) weeks).descendingMap() : weeks;
        ordered.forEach((monday, list) -> {
            content.add(new H3("Week of " + monday.format(WEEK)));
            list.forEach(c -> content.add(new SessionCardBox(c, viewerZone)));
        });
    }

    private void monthView() {
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> {
            month = month.minusMonths(1);
            render();
        });
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> {
            month = month.plusMonths(1);
            render();
        });
        previous.setAriaLabel("Previous month");
        next.setAriaLabel("Next month");
        monthTitle.setText(month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear());
        monthTitle.getStyle().set("font-weight", "600");
        var bar = new HorizontalLayout(previous, monthTitle, next);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        content.add(bar, new MonthGrid(month, viewerZone, sessions.between(actor, team.id(),
                month.atDay(1).minusDays(7).atStartOfDay(viewerZone).toInstant(),
                month.atEndOfMonth().plusDays(8).atStartOfDay(viewerZone).toInstant())));
    }
}
