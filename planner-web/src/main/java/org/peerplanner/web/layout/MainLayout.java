package org.peerplanner.web.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.web.notification.NotificationBell;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.security.CurrentUser;

/**
 * Side navigation from the views' @Menu in labelled sections, a team switcher, the notification bell and who is signed in. On a
 * phone the header keeps the switcher, the bell and Sign out, and leaves the name out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final NotificationBell bell;

    public MainLayout(CurrentUser user, SelectedTeam selectedTeam, NotificationService notifications, Clock clock) {
        setPrimarySection(Section.DRAWER);
        bell = new NotificationBell(notifications, user.actor(), clock);
        addToDrawer(brand(), navigation(), teamMenu(selectedTeam));
        addToNavbar(new DrawerToggle(), teamSwitcher(selectedTeam), spacer(), bell, signedIn(user));
    }

    /** Whatever happened meanwhile, the count is fresh on every page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bell.close();
        bell.refresh();
    }

    private static Div brand() {
        var name = new Span("Peer Planner");
        name.addClassName("planner-brand");
        var brand = new Div(new Icon(VaadinIcon.ACADEMY_CAP), name);
        brand.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("padding", "var(--lumo-space-m)");
        return brand;
    }

    /** One side navigation per section (see {@link MenuSections}); each labelled one folds away on a small screen. */
    private static Div navigation() {
        var navigation = new Div();
        navigation.addClassName("planner-navigation");
        MenuSections.group(MenuConfiguration.getMenuEntries()).forEach((section, entries) -> {
            var nav = new SideNav();
            if (section.label() != null) {
                nav.setLabel(section.label());
                nav.setCollapsible(true);
            }
            entries.forEach(entry -> nav.addItem(item(entry)));
            navigation.add(nav);
        });
        return navigation;
    }

    /**
     * The selected team's own pages, which need its id in the address and so cannot come from @Menu: its house rules
     * and its thank-you wall.
     */
    private static SideNav teamMenu(SelectedTeam selectedTeam) {
        var menu = new SideNav();
        menu.setId("team-menu");
        var current = selectedTeam.current();
        current.ifPresent(team -> {
            menu.setLabel(team.name());
            menu.setCollapsible(true);
            menu.addItem(new SideNavItem("House rules", "teams/" + team.id() + "/house-rules",
                    new Icon(VaadinIcon.HANDSHAKE)));
            menu.addItem(new SideNavItem("Thank-you wall", "teams/" + team.id() + "/thanks", new Icon(VaadinIcon.HEART_O)));
        });
        menu.setVisible(current.isPresent());
        return menu;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static Select<TeamSummary> teamSwitcher(SelectedTeam selectedTeam) {
        var switcher = new Select<TeamSummary>();
        switcher.setAriaLabel("Team");
        switcher.setPlaceholder("No team yet");
        switcher.setItemLabelGenerator(TeamSummary::name);
        var choices = selectedTeam.choices();
        switcher.setItems(choices);
        selectedTeam.current().flatMap(c -> choices.stream().filter(t -> t.id() == c.id()).findFirst())
                .ifPresent(switcher::setValue);
        switcher.setReadOnly(choices.size() < 2);
        switcher.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                selectedTeam.select(e.getValue().id());
                UI.getCurrent().getPage().reload();
            }
        });
        switcher.setId("team-switcher");
        switcher.addClassName("planner-team-switcher");
        return switcher;
    }

    private static Div spacer() {
        var spacer = new Div();
        spacer.getStyle().set("flex", "1");
        return spacer;
    }

    private static HorizontalLayout signedIn(CurrentUser user) {
        var person = user.get();
        var avatar = new Avatar(person.fullName());
        var name = new Span(person.fullName());
        avatar.addClassName("planner-wide-only");
        name.addClassName("planner-wide-only");
        var logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> user.signOut());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");
        var box = new HorizontalLayout(avatar, name, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("planner-signed-in");
        return box;
    }
}
