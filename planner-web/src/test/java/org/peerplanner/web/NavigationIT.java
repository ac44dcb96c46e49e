package org.peerplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.security.LoginView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class NavigationIT extends SpringBrowserlessTest {

    @Test
    void withoutSignInEveryViewLeadsToTheLoginView() {
        navigate("", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("maria@example.com")
    void aSignedInManagerSeesHerTeamOnTheHomePageAndTheMenu() {
        navigate(HomeView.class);

        assertThat($view(Paragraph.class).id("team-rhythm").getText())
                .startsWith("Payments Platform meets Tuesdays at 12:30");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Knowledge gaps", "Sessions", "Knowledge base", "Rota & fairness",
                        "My action items", "Team review", "Mentors", "My mentoring", "Help board", "My contributions",
                        "Outcomes", "Outcome baseline", "People & teams", "Calendar subscriptions", "My profile",
                        "House rules", "Thank-you wall");
        assertThat($(SideNav.class).all()).extracting(SideNav::getLabel)
                .containsExactly(null, "Learn together", "Grow each other", "Measure", "Settings",
                        "Payments Platform");
    }
}
