package org.peerplanner.web.calendar;

import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * The addresses of a person's feeds as shown to them: under {@code planner.feed.public-url} when feeds are served
 * from an address of their own (the feed listener behind its own host name), else under the app's public URL.
 */
@Component
class FeedLinks {

    private final String base;

    FeedLinks(PublicUrl publicUrl, FeedListenerSettings settings) {
        this.base = settings.publicUrl().isEmpty() ? publicUrl.publicUrl() : settings.publicUrl();
    }

    String personal(String token) {
        return base + FeedAnswers.PREFIX + token + "/me.ics";
    }

    String team(String token, long teamId) {
        return base + FeedAnswers.PREFIX + token + "/team/" + teamId + ".ics";
    }
}
