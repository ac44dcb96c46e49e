package org.peerplanner.web.layout;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The team the person is looking at, chosen in the team switcher and kept for the browser session.
 * Always re-checked against the teams they can see now, so a removed membership takes effect at once.
 */
@Component
@VaadinSessionScope
public class SelectedTeam implements Serializable {

    private final transient TeamService teams;
    private final transient CurrentUser user;
    private Long teamId;

    SelectedTeam(TeamService teams, CurrentUser user) {
        this.teams = teams;
        this.user = user;
    }

    public List<TeamSummary> choices() {
        return teams.visibleTeams(user.actor());
    }

    public Optional<TeamSummary> current() {
        var choices = choices();
        return choices.stream().filter(t -> teamId != null && t.id() == teamId).findFirst()
                .or(() -> choices.stream().findFirst());
    }

    public void select(long teamId) {
        this.teamId = teamId;
    }
}
