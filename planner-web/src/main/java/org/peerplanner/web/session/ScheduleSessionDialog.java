package org.peerplanner.web.session;

import com.vaadin.flow.component.dialog.Dialog;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/** Schedules a session for the team, a lunch & learn next week by default; a refused form keeps what was typed. */
class ScheduleSessionDialog extends Dialog {

    ScheduleSessionDialog(SessionService sessions, SessionOptions options, Actor actor, TeamSummary team, Runnable scheduled) {
        setHeaderTitle("Schedule a session");
        setWidth("min(900px, 95vw)");
        var members = options.members(actor, team.id());
        var gaps = options.gaps(actor, team.id());
        var form = new SessionForm(ZoneId.of(team.timeZone()), members, gaps);
        var nextWeek = options.today(team).plusWeeks(1).atTime(12, 0).atZone(ZoneId.of(team.timeZone()));
        form.edit(SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "", nextWeek, null), members, gaps);
        form.addCancelListener(e -> close());
        form.addSaveListener(e -> Save.run(() -> sessions.schedule(actor, team.id(), e.edit()), form::showProblems)
                .ifPresent(saved -> {
                    close();
                    Notices.done("Scheduled “" + saved.title() + "”.");
                    scheduled.run();
                }));
        add(form);
    }
}
