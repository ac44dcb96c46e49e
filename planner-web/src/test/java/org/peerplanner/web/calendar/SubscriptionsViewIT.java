package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The Calendar subscriptions page: a member's links, the action-item switch, new links and turning them off. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class SubscriptionsViewIT extends SpringBrowserlessTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    WebFixtures fixtures;

    private String link(String id) {
        return $view(TextField.class).id("feed-" + id).getValue();
    }

    @Test
    @WithUserDetails("aisha@example.com")
    void aMemberSeesTheirPersonalAndTeamLinksAndSwitchesActionItemsOff() {
        Actor aisha = new Actor(fixtures.personId("aisha@example.com"), false);
        long payments = fixtures.teamId("Payments Platform");
        var view = navigate(SubscriptionsView.class);

        String token = feeds.token(aisha).orElseThrow();
        assertThat(link("personal")).isEqualTo("http://localhost:8080/calendar/" + token + "/me.ics");
        assertThat(link("team-" + payments)).endsWith("/calendar/" + token + "/team/" + payments + ".ics");
        assertThat(view.actionItems.getValue()).isTrue();

        test(view.actionItems).click();

        assertThat(feeds.showsActionItems(aisha)).isFalse();
        test(view.actionItems).click();
        assertThat(feeds.showsActionItems(aisha)).isTrue();
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void newLinksReplaceTheOldOnesAndTurningOffLeavesNone() {
        Actor jonas = new Actor(fixtures.personId("jonas@example.com"), false);
        var view = navigate(SubscriptionsView.class);
        String before = link("personal");

        test(view.regenerate).click();

        String after = link("personal");
        assertThat(after).isNotEqualTo(before).endsWith("/calendar/" + feeds.token(jonas).orElseThrow() + "/me.ics");

        test(view.turnOff).click();

        assertThat(feeds.token(jonas)).isEmpty();
        assertThat($view(TextField.class).all()).isEmpty();
        assertThat(view.turnOff.isVisible()).isFalse();
        feeds.regenerate(jonas); // other tests use Jonas's feed
    }
}
