package org.peerplanner.domain.rotation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.peerplanner.domain.team.CadenceRule;

/**
 * The next session dates of a team: its slot on its cadence, without blackout days and skipped slots.
 * Stateless and thread-safe.
 *
 * <p>Each cadence cuts time into periods with one session each: a weekly team meets on its slot day of
 * every ISO week, an every-two-weeks team on its slot day of every second ISO week counted from the
 * week of {@link SlotSchedule#anchor()}, a sprint team on the first slot day on or after each sprint's
 * first day. A blacked-out or skipped session is dropped, not moved.
 */
public final class SlotCalendar {

    /** Stop looking after this many years of blacked-out periods rather than loop forever. */
    private static final int SEARCH_YEARS = 20;

    /**
     * The next {@code count} slots on or after {@code from} (a slot on {@code from} itself counts).
     * A start time that falls in a DST gap moves forward by the length of the gap (02:30 → 03:30);
     * in an overlap the earlier offset is used. Fewer than {@code count} slots come back only if
     * blackouts cover the next {@value #SEARCH_YEARS} years.
     */
    public List<ScheduledSlot> nextSlots(SlotSchedule schedule, LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        int intervalWeeks = checkedIntervalWeeks(schedule);
        LocalDate limit = from.plusYears(SEARCH_YEARS);
        List<ScheduledSlot> slots = new ArrayList<>(count);
        for (LocalDate date = firstSessionOnOrAfter(schedule, from); slots.size() < count && !date.isAfter(limit);
             date = nextSession(date, intervalWeeks)) {
            if (!isOff(schedule, date)) {
                slots.add(new ScheduledSlot(date, ZonedDateTime.of(date, schedule.slot().start(), schedule.zone()),
                        schedule.slot().minutes()));
            }
        }
        return List.copyOf(slots);
    }

    /** Why there is no session on {@code date} (a blackout's reason or "skipped"), or {@code null}. */
    public String whyOff(SlotSchedule schedule, LocalDate date) {
        if (schedule.skippedDates().contains(date)) {
            return "skipped";
        }
        for (Blackout blackout : schedule.blackouts()) {
            if (blackout.covers(date)) {
                return blackout.reason() == null ? "blackout" : blackout.reason();
            }
        }
        return null;
    }

    private static boolean isOff(SlotSchedule schedule, LocalDate date) {
        if (schedule.skippedDates().contains(date)) {
            return true;
        }
        for (Blackout blackout : schedule.blackouts()) {
            if (blackout.covers(date)) {
                return true;
            }
        }
        return false;
    }

    private static int checkedIntervalWeeks(SlotSchedule schedule) {
        CadenceRule cadence = schedule.cadence();
        if (!cadence.isComplete()) {
            throw new IllegalArgumentException("A sprint cadence needs a sprint length (1–8 weeks) and a sprint start: "
                    + cadence);
        }
        if (cadence.cadence() == org.peerplanner.domain.team.Cadence.EVERY_TWO_WEEKS && schedule.anchor() == null) {
            throw new IllegalArgumentException("An every-two-weeks cadence needs an anchor date (e.g. the team's creation date).");
        }
        return cadence.intervalWeeks();
    }

    private static LocalDate firstSessionOnOrAfter(SlotSchedule schedule, LocalDate from) {
        DayOfWeek day = schedule.slot().day();
        CadenceRule cadence = schedule.cadence();
        return switch (cadence.cadence()) {
            case WEEKLY -> from.with(TemporalAdjusters.nextOrSame(day));
            case EVERY_TWO_WEEKS -> {
                LocalDate candidate = from.with(TemporalAdjusters.nextOrSame(day));
                long weeks = ChronoUnit.WEEKS.between(monday(schedule.anchor()), monday(candidate));
                yield Math.floorMod(weeks, 2) == 0 ? candidate : candidate.plusWeeks(1);
            }
            case EVERY_SPRINT -> {
                long sprintDays = 7L * cadence.sprintWeeks();
                long sprint = Math.floorDiv(ChronoUnit.DAYS.between(cadence.sprintStart(), from), sprintDays) - 1;
                LocalDate candidate = sprintSession(cadence, day, sprint);
                while (candidate.isBefore(from)) {
                    sprint++;
                    candidate = sprintSession(cadence, day, sprint);
                }
                yield candidate;
            }
        };
    }

    private static LocalDate nextSession(LocalDate session, int intervalWeeks) {
        // Within a sprint the session is the first slot day on or after the sprint start, so it sits at
        // the same offset in every sprint: adding the sprint length always lands on the next one.
        return session.plusWeeks(intervalWeeks);
    }

    private static LocalDate sprintSession(CadenceRule cadence, DayOfWeek day, long sprint) {
        return cadence.sprintStart().plusWeeks(sprint * cadence.sprintWeeks()).with(TemporalAdjusters.nextOrSame(day));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
