package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.PersonRow;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.AccessibleTabs;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;
import org.peerplanner.web.team.TeamView;

/**
 * Teams and their people. Everyone sees their teams' members; managers and administrators also add
 * people, change roles and rotation, and create or edit teams (the services decide, the buttons follow).
 */
@Route("people")
@PageTitle("People & teams · Peer Planner")
@Menu(order = 80, icon = "vaadin:users", title = "People & teams")
@PermitAll
public class PeopleView extends VerticalLayout {

    final Grid<TeamSummary> teamGrid = new Grid<>();
    final Grid<MemberRow> members = new Grid<>();
    final Grid<PersonRow> everyone = new Grid<>();
    final TextField memberSearch = new TextField();
    final TextField everyoneSearch = new TextField();
    final Button newTeam = new Button("New team", VaadinIcon.PLUS.create());
    final Button teamSettings = new Button("Team settings", VaadinIcon.COG.create());
    final Button addNew = new Button("Add new person", VaadinIcon.USER_CHECK.create());
    final Button addExisting = new Button("Add existing person", VaadinIcon.USERS.create());
    final H3 teamTitle = new H3();

    private final TeamService teams;
    private final PeopleService people;
    private final Actor actor;
    private TeamSummary team;

    public PeopleView(TeamService teams, PeopleService people, CurrentUser user, SelectedTeam selectedTeam) {
        this.teams = teams;
        this.people = people;
        this.actor = user.actor();
        addClassName("planner-page");
        setHeightFull();

        newTeam.setVisible(teams.canCreateTeams(actor));
        newTeam.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("teams/new")));
        configureTeamGrid();
        configureMembers();
        configureEveryone();

        var header = new HorizontalLayout(new H2("People & teams"), newTeam);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(header.getComponentAt(0));

        // Both panels stay attached; the tabs only switch which one shows.
        var teamsPanel = teamsTab();
        var everyonePanel = everyoneTab();
        everyonePanel.setVisible(false);
        var teamsTab = new Tab("Teams");
        var tabs = new AccessibleTabs(teamsTab, new Tab("Everyone you can see"));
        tabs.addSelectedChangeListener(e -> {
            teamsPanel.setVisible(e.getSelectedTab() == teamsTab);
            everyonePanel.setVisible(e.getSelectedTab() != teamsTab);
        });
        add(header, tabs, teamsPanel, everyonePanel);

        var available = teams.visibleTeams(actor);
        teamGrid.setItems(available);
        selectedTeam.current().flatMap(c -> available.stream().filter(t -> t.id() == c.id()).findFirst())
                .ifPresentOrElse(teamGrid::select, () -> showTeam(null));
    }

    private VerticalLayout teamsTab() {
        var actions = new HorizontalLayout(memberSearch, addNew, addExisting, teamSettings);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        var memberPanel = new VerticalLayout(teamTitle, actions, members);
        memberPanel.setPadding(false);
        memberPanel.setMinWidth("0"); // lets the grid shrink and scroll instead of pushing the page wider
        var split = new HorizontalLayout(teamGrid, memberPanel);
        split.setWidthFull();
        split.setFlexGrow(1, memberPanel);
        // On a phone the team list and its members stack instead of squeezing the members into a sliver.
        split.setWrap(true);
        memberPanel.getStyle().set("flex-basis", "22rem");
        var tab = new VerticalLayout(split);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout everyoneTab() {
        var tab = new VerticalLayout(everyoneSearch, everyone);
        tab.setPadding(false);
        return tab;
    }

    private void configureTeamGrid() {
        teamGrid.addColumn(TeamSummary::name).setHeader("Team").setAutoWidth(true);
        teamGrid.addColumn(TeamSummary::memberCount).setHeader("People").setAutoWidth(true);
        teamGrid.setWidth("260px");
        teamGrid.setMinWidth("260px");
        teamGrid.setAllRowsVisible(true);
        teamGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        teamGrid.asSingleSelect().addValueChangeListener(e -> showTeam(e.getValue()));
    }

    private void configureMembers() {
        members.setId("members");
        members.addColumn(MemberRow::fullName).setHeader("Name").setSortProperty("person.fullName").setAutoWidth(true);
        members.addColumn(MemberRow::email).setHeader("Email").setSortProperty("person.email").setAutoWidth(true)
                .setTooltipGenerator(MemberRow::email);
        members.addColumn(r -> r.role().label()).setHeader("Role").setSortProperty("role").setAutoWidth(true);
        members.addColumn(r -> r.inRotation() ? "Yes" : "No").setHeader("In rotation").setAutoWidth(true);
        members.addColumn(MemberRow::skills).setHeader("Skills").setFlexGrow(1).setWidth("12em")
                .setTooltipGenerator(MemberRow::skills);
        members.addComponentColumn(PeopleView::badges).setHeader("").setAutoWidth(true);
        members.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true);
        members.setMultiSort(false);
        members.setHeight("520px");
        members.setWidthFull();
        members.addItemClickListener(e -> openPerson(e.getItem().personId()));
        memberSearch.setPlaceholder("Search name or email");
        memberSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        memberSearch.setClearButtonVisible(true);
        memberSearch.setValueChangeMode(ValueChangeMode.LAZY);
        memberSearch.addValueChangeListener(e -> members.getDataProvider().refreshAll());
        addNew.addClickListener(e -> new NewPersonDialog(people, actor, team, today(), this::refresh).open());
        addExisting.addClickListener(e -> new ExistingPersonDialog(teams, actor, team, today(), this::refresh).open());
        teamSettings.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TeamView.class,
                new RouteParameters("teamId", String.valueOf(team.id())))));
    }

    private static HorizontalLayout badges(MemberRow row) {
        var box = new HorizontalLayout();
        box.setSpacing(false);
        if (row.mentoringAvailable()) {
            box.add(Badge.of("Mentor", Badge.Tone.SUCCESS));
        }
        if (row.outOfOfficeToday()) {
            box.add(Badge.of("Away today", Badge.Tone.WARNING));
        }
        return box;
    }

    private Button rowActions(MemberRow row) {
        var edit = new Button("Role…", e -> new MembershipDialog(teams, actor, row, team.name(), this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setVisible(team != null && team.manageable());
        // Clicking the button should not also open the person's page.
        edit.getElement().addEventListener("click", ignore -> { }).addEventData("event.stopPropagation()");
        return edit;
    }

    private void configureEveryone() {
        everyone.setId("everyone");
        everyone.addColumn(PersonRow::fullName).setHeader("Name").setSortProperty("fullName").setAutoWidth(true);
        everyone.addColumn(PersonRow::email).setHeader("Email").setSortProperty("email").setAutoWidth(true)
                .setTooltipGenerator(PersonRow::email);
        everyone.addColumn(PersonRow::timeZone).setHeader("Time zone").setAutoWidth(true);
        everyone.addColumn(PersonRow::skills).setHeader("Skills").setFlexGrow(1).setTooltipGenerator(PersonRow::skills);
        everyone.addColumn(r -> r.administrator() ? "Administrator" : "").setHeader("").setAutoWidth(true);
        everyone.setHeight("560px");
        everyone.setItems(query -> people.visiblePeople(actor, everyoneSearch.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) people.countVisiblePeople(actor, everyoneSearch.getValue()));
        everyone.addItemClickListener(e -> openPerson(e.getItem().id()));
        everyoneSearch.setPlaceholder("Search name or email");
        everyoneSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        everyoneSearch.setClearButtonVisible(true);
        everyoneSearch.setValueChangeMode(ValueChangeMode.LAZY);
        everyoneSearch.addValueChangeListener(e -> everyone.getDataProvider().refreshAll());
    }

    private void openPerson(long personId) {
        getUI().ifPresent(ui -> ui.navigate(PersonView.class, new RouteParameters("personId", String.valueOf(personId))));
    }

    private void showTeam(TeamSummary selected) {
        this.team = selected;
        boolean present = selected != null;
        boolean manageable = present && selected.manageable();
        teamTitle.setText(present ? selected.name() + " · " + selected.slot() + " · " + selected.cadence()
                : "Choose a team");
        addNew.setVisible(manageable);
        addExisting.setVisible(manageable);
        teamSettings.setVisible(present);
        memberSearch.setEnabled(present);
        if (present) {
            members.setItems(query -> teams.members(actor, selected.id(), memberSearch.getValue(),
                            VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                    query -> (int) teams.countMembers(actor, selected.id(), memberSearch.getValue()));
        } else {
            members.setItems(java.util.List.of());
        }
    }

    private void refresh() {
        members.getDataProvider().refreshAll();
        everyone.getDataProvider().refreshAll();
        long selectedId = team == null ? -1 : team.id();
        var available = teams.visibleTeams(actor);
        teamGrid.setItems(available);
        available.stream().filter(t -> t.id() == selectedId).findFirst().ifPresent(teamGrid::select);
    }

    private LocalDate today() {
        return people.today(team == null ? ZoneId.of("UTC") : ZoneId.of(team.timeZone()));
    }
}
