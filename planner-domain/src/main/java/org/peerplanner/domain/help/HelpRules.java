package org.peerplanner.domain.help;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's rules for help requests: whether they stay inside the team, and how long the people asked have before
 * the next ones are asked. Members read them; managers change them. The team's house rules live on their own page,
 * linked from here by its route.
 */
@Service
@Transactional(readOnly = true)
public class HelpRules {

    private final TeamHelpRulesRepository rules;
    private final TeamAccess access;
    private final TeamLookup teams;
    private final CommandValidator validator;

    HelpRules(TeamHelpRulesRepository rules, TeamAccess access, TeamLookup teams, CommandValidator validator) {
        this.rules = rules;
        this.access = access;
        this.teams = teams;
        this.validator = validator;
    }

    public HelpRulesView rules(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        var team = teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
        var found = rules.findById(teamId);
        return new HelpRulesView(teamId, team.getName(), found.map(TeamHelpRules::getVersion).orElse(-1L),
                found.map(TeamHelpRules::form).orElse(HelpRulesForm.defaults()), access.canManageTeam(actor, teamId),
                houseRulesRoute(teamId));
    }

    /** {@code expectedVersion} -1 for a team still on the defaults. */
    @Transactional
    public HelpRulesView revise(Actor actor, long teamId, long expectedVersion, HelpRulesForm form) {
        access.requireManager(actor, teamId);
        validator.check(form);
        var current = rules.findById(teamId).orElse(null);
        if ((current == null ? -1 : current.getVersion()) != expectedVersion) {
            throw new ConflictException("The team's help rules");
        }
        var saved = current == null ? new TeamHelpRules(teamId) : current;
        saved.apply(form);
        try {
            rules.saveAndFlush(saved);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("The team's help rules");
        }
        return rules(actor, teamId);
    }

    /** The team's house rules page (built by its own feature); linked by its route. */
    public static String houseRulesRoute(long teamId) {
        return "teams/" + teamId + "/house-rules";
    }
}
