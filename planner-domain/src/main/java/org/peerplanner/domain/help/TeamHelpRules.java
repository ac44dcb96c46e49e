package org.peerplanner.domain.help;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;

/** A manager's rules for help requests in their team; a team without a row has the defaults. */
@Entity
@Table(name = "help_team_rules")
class TeamHelpRules {

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version
    private long version;

    @Column(name = "team_only", nullable = false)
    private boolean teamOnly;

    @Column(name = "today_window_minutes", nullable = false)
    private int todayWindowMinutes;

    @Column(name = "week_window_minutes", nullable = false)
    private int weekWindowMinutes;

    @Column(name = "whenever_window_minutes", nullable = false)
    private int wheneverWindowMinutes;

    protected TeamHelpRules() {
    }

    TeamHelpRules(long teamId) {
        this.teamId = teamId;
        apply(HelpRulesForm.defaults());
    }

    void apply(HelpRulesForm form) {
        this.teamOnly = form.teamOnly();
        this.todayWindowMinutes = form.todayWindowMinutes();
        this.weekWindowMinutes = form.weekWindowMinutes();
        this.wheneverWindowMinutes = form.wheneverWindowMinutes();
    }

    HelpRulesForm form() {
        return new HelpRulesForm(teamOnly, todayWindowMinutes, weekWindowMinutes, wheneverWindowMinutes);
    }

    Duration window(HelpUrgency urgency) {
        return Duration.ofMinutes(switch (urgency) {
            case TODAY -> todayWindowMinutes;
            case THIS_WEEK -> weekWindowMinutes;
            case WHENEVER -> wheneverWindowMinutes;
        });
    }

    long getVersion() {
        return version;
    }
}
