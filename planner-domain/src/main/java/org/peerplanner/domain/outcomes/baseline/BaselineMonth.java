package org.peerplanner.domain.outcomes.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;

/** A team's own figures for one month; {@code month} is stored as the month's first day. */
@Entity
@Table(name = "baseline_month")
class BaselineMonth {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "for_month", nullable = false)
    private LocalDate month;

    @Column(name = "onboarding_days")
    private Integer onboardingDays;

    @Column(name = "bug_reports")
    private Integer bugReports;

    protected BaselineMonth() {
    }

    BaselineMonth(long teamId, YearMonth month) {
        this.teamId = teamId;
        this.month = month.atDay(1);
    }

    void record(Integer onboardingDays, Integer bugReports) {
        this.onboardingDays = onboardingDays;
        this.bugReports = bugReports;
    }

    long getVersion() { return version; }
    YearMonth getMonth() { return YearMonth.from(month); }
    Integer getOnboardingDays() { return onboardingDays; }
    Integer getBugReports() { return bugReports; }

    BaselineFigures figures() {
        return new BaselineFigures(getMonth(), onboardingDays, bugReports, version);
    }
}
