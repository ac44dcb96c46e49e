package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.peerplanner.web.common.AccessibleTabs;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * Teams and their people. Everyone sees their teams' members; managers and administrators also add
 * people, change roles and rotation, and create or edit teams (the services decide, the buttons follow).
 */
@Route("people")
@PageTitle("People & teams · Peer Planner")
@Menu(order = 80, icon = "vaadin:users", title = "People & teams")
@PermitAll
public class PeopleView extends VerticalLayout {

    final Grid<TeamSummary> teamGrid = TeamsPanel.teamGrid(this::showTeam);
    final Grid<MemberRow> members = new MembersGrid(this::rowActions, this::openPerson);
    final TextField memberSearch = new TextField();
    final Button newTeam = new Button("New team", VaadinIcon.PLUS.create());
    final Button teamSettings = new Button("Team settings", VaadinIcon.COG.create());
    final Button addNew = new Button("Add new person", VaadinIcon.USER_CHECK.create());
    final Button addExisting = new Button("Add existing person", VaadinIcon.USERS.create());
    final H3 teamTitle = new H3();

    private final TeamService teams;
    private final PeopleService people;
    private final Actor actor;
    private TeamSummary team;
    private EveryoneTab everyonePanel;

    public PeopleView(TeamService teams, PeopleService people, CurrentUser user, SelectedTeam selectedTeam) {
        this.teams = teams;
        this.people = people;
        this.actor = user.actor();
        addClassName("planner-page");
        setHeightFull();

        newTeam.setVisible(teams.canCreateTeams(actor));
        newTeam.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("teams/new")));
        configureMembers();

        var header = new HorizontalLayout(new H2("People & teams"), newTeam);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(header.getComponentAt(0));

        // Both panels stay attached; the tabs only switch which one shows.
        var teamsPanel = new TeamsPanel(teamGrid, teamTitle, members, memberSearch, addNew, addExisting, teamSettings);
        everyonePanel = new EveryoneTab(people, actor, this::openPerson);
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

    private void configureMembers() {
        memberSearch.setPlaceholder("Search name or email");
        memberSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        memberSearch.setClearButtonVisible(true);
        memberSearch.setValueChangeMode(ValueChangeMode.LAZY);
        memberSearch.addValueChangeListener(e -> members.getDataProvider().refreshAll());
        addNew.addClickListener(e -> new NewPersonDialog(teams, actor, team, today(), this::refresh).open());
        addExisting.addClickListener(e -> new ExistingPersonDialog(teams, actor, team, today(), this::refresh).open());
        // By its address: the team screen links back here, and the two features must not import each other.
        teamSettings.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("teams/" + team.id())));
    }

    private Button rowActions(MemberRow row) {
        var edit = new Button("Role…", e -> new MembershipDialog(teams, actor, row, team.name(), this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setVisible(team != null && team.manageable());
        // Clicking the button should not also open the person's page.
        edit.getElement().addEventListener("click", ignore -> { }).addEventData("event.stopPropagation()");
        return edit;
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
        everyonePanel.everyone.getDataProvider().refreshAll();
        long selectedId = team == null ? -1 : team.id();
        var available = teams.visibleTeams(actor);
        teamGrid.setItems(available);
        available.stream().filter(t -> t.id() == selectedId).findFirst().ifPresent(teamGrid::select);
    }

    private LocalDate today() {
        return people.today(team == null ? ZoneId.of("UTC") : ZoneId.of(team.timeZone()));
    }
}
