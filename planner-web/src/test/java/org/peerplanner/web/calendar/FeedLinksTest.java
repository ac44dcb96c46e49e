package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerplanner.integrations.common.PublicUrl;

class FeedLinksTest {

    private static final PublicUrl APP = new PublicUrl("https://planner.example.com");

    @Test
    void linksUseTheAppsPublicUrlByDefault() {
        var links = new FeedLinks(APP, new FeedListenerSettings(0, "127.0.0.1", 4, ""));

        assertThat(links.personal("tok")).isEqualTo("https://planner.example.com/calendar/tok/me.ics");
        assertThat(links.team("tok", 7)).isEqualTo("https://planner.example.com/calendar/tok/team/7.ics");
    }

    @Test
    void linksUseTheFeedsPublicUrlWhenSet() {
        var links = new FeedLinks(APP, new FeedListenerSettings(8081, "127.0.0.1", 4, "https://feeds.example.com/"));

        assertThat(links.personal("tok")).isEqualTo("https://feeds.example.com/calendar/tok/me.ics");
        assertThat(links.team("tok", 7)).isEqualTo("https://feeds.example.com/calendar/tok/team/7.ics");
    }
}
