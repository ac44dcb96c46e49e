package org.peerplanner.domain.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peerplanner.domain.format.SessionFormat;

@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Embedded
    private SessionSlot slot;

    @Embedded
    private CadenceRule cadence;

    @Column(name = "default_location", length = 500)
    private String defaultLocation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "grace_weeks", nullable = false)
    private int graceWeeks = 4;

    /** Comma-separated formats, rotating through the slots. */
    @Column(name = "format_mix", nullable = false, length = 200)
    private String formatMix = "LUNCH_AND_LEARN,LUNCH_AND_LEARN,DEEP_DIVE,PAIRING";

    @Column(name = "alarm_minutes", nullable = false)
    private int alarmMinutes = 15;

    @ElementCollection
    @CollectionTable(name = "team_blackout", joinColumns = @JoinColumn(name = "team_id"))
    @OrderBy("startsOn")
    private List<Blackout> blackouts = new ArrayList<>();

    /** Managers always log knowledge gaps; members only when the team says so. */
    @Column(name = "members_may_log_gaps", nullable = false)
    private boolean membersMayLogGaps;

    protected Team() {
    }

    public Team(String name, ZoneId timeZone, SessionSlot slot, CadenceRule cadence, Instant createdAt) {
        this.name = name.strip();
        this.timeZone = timeZone.getId();
        this.slot = slot;
        this.cadence = cadence;
        this.createdAt = createdAt;
    }

    public void rename(String name) {
        this.name = name.strip();
    }

    public void reschedule(ZoneId zone, SessionSlot slot, CadenceRule cadence) {
        this.timeZone = zone.getId();
        this.slot = slot;
        this.cadence = cadence;
    }

    public void meetAt(String defaultLocation) {
        this.defaultLocation = defaultLocation == null || defaultLocation.isBlank() ? null : defaultLocation.strip();
    }

    void planWith(PlanningSettings settings) {
        settings.check();
        graceWeeks = settings.graceWeeks();
        formatMix = String.join(",", settings.formatMix().stream().map(Enum::name).toList());
        alarmMinutes = settings.alarmMinutes();
        blackouts.clear();
        blackouts.addAll(settings.blackouts());
    }

    public PlanningSettings getPlanning() {
        List<SessionFormat> mix = Arrays.stream(formatMix.split(",")).map(String::strip).filter(f -> !f.isEmpty())
                .map(SessionFormat::valueOf).toList();
        return new PlanningSettings(graceWeeks, mix, alarmMinutes, List.copyOf(blackouts));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public SessionSlot getSlot() {
        return slot;
    }

    public CadenceRule getCadence() {
        return cadence;
    }

    public String getDefaultLocation() {
        return defaultLocation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void allowMembersToLogGaps(boolean allowed) {
        this.membersMayLogGaps = allowed;
    }

    public boolean isMembersMayLogGaps() {
        return membersMayLogGaps;
    }
}
