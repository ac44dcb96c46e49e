package org.peerplanner.web.knowledge;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.web.common.Option;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The sessions and gaps an article can link, as the viewer may see them; the article's own links always included. */
@Component
class ArticleOptions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SessionService sessions;
    private final GapBoardService gaps;

    ArticleOptions(SessionService sessions, GapBoardService gaps) {
        this.sessions = sessions;
        this.gaps = gaps;
    }

    List<Option> sessions(Actor actor, long teamId, ArticleDetails article) {
        var options = new ArrayList<>(sessions.past(actor, teamId, 200).stream()
                .filter(s -> s.status() == SessionStatus.HELD)
                .map(s -> new Option(s.id(), DAY.format(s.start()) + " · " + s.title())).toList());
        if (article != null) {
            article.sessions().stream().filter(s -> options.stream().noneMatch(o -> o.id() == s.id()))
                    .forEach(s -> options.add(new Option(s.id(), s.title())));
        }
        return options;
    }

    List<Option> gaps(Actor actor, long teamId, ArticleDetails article) {
        var filter = GapFilter.everything().withStatuses(EnumSet.allOf(GapStatus.class));
        var options = new ArrayList<>(gaps.board(actor, teamId, filter, PageRequest.of(0, 500)).stream()
                .map(g -> new Option(g.id(), "#" + g.id() + " " + g.title())).toList());
        if (article != null) {
            article.gaps().stream().filter(g -> options.stream().noneMatch(o -> o.id() == g.id()))
                    .forEach(g -> options.add(new Option(g.id(), "#" + g.id() + " " + g.title())));
        }
        return options;
    }
}
