package org.peerplanner.web.home;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.Stream;
import org.peerplanner.domain.mentoring.MyMentoring;
import org.peerplanner.domain.mentoring.RequestRow;
import org.peerplanner.web.mentoring.MyMentoringView;

/**
 * "Mentoring waits for me": requests someone sent me and questions a mentor asked me, so a request is not left to go
 * stale (an unanswered request is withdrawn after ten days). Answering needs a meeting plan or a kind note, so the
 * card leads to My mentoring rather than answering here. Shown only when something waits.
 */
class MentoringWaitingCard extends HomeCard {

    MentoringWaitingCard(MyMentoring mine) {
        super("Mentoring waits for you", "mentoring-waiting");
        waiting(mine).forEach(r -> add(line(new Span(describe(r)))));
        var answer = new RouterLink("Answer on My mentoring", MyMentoringView.class);
        answer.addClassName("planner-text-link");
        add(answer);
    }

    static boolean anythingWaits(MyMentoring mine) {
        return !waiting(mine).isEmpty();
    }

    private static List<RequestRow> waiting(MyMentoring mine) {
        return Stream.concat(mine.toAnswer().stream().filter(r -> r.viewerMayAccept() || r.viewerMayDecline()),
                mine.myRequests().stream().filter(RequestRow::viewerMayAnswer)).toList();
    }

    private static String describe(RequestRow r) {
        return r.viewerIsMentor() ? r.menteeName() + " asks you to mentor them: " + r.goal()
                : r.mentorName() + " asked you about your request: " + r.goal();
    }
}
