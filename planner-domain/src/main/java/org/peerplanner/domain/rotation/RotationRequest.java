package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.peerplanner.domain.gap.OpenGapOffer;

/**
 * Everything the engine needs to propose the next {@code slotCount} sessions of a team from {@code from}.
 *
 * @param offers offers on open gaps, as {@code GapOfferRepository.findOffersOnOpenGaps} returns them;
 *               offers on gaps not in {@code openGaps} are ignored
 * @param history sessions already held before the plan starts, in any order
 * @param declines people who declined a planned slot (by slot date)
 * @param overrides fixed facilitators/topics for planned slots (by slot date)
 */
public record RotationRequest(SlotSchedule schedule, LocalDate from, int slotCount, FormatMix formatMix,
                              List<RotationMember> members, List<OpenGap> openGaps, List<OpenGapOffer> offers,
                              List<PastSession> history, List<SlotDecline> declines, List<SlotOverride> overrides,
                              RotationRules rules) {

    public RotationRequest {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(formatMix, "formatMix");
        if (slotCount < 0) {
            throw new IllegalArgumentException("slotCount must not be negative: " + slotCount);
        }
        members = members == null ? List.of() : List.copyOf(members);
        openGaps = openGaps == null ? List.of() : List.copyOf(openGaps);
        offers = offers == null ? List.of() : List.copyOf(offers);
        history = history == null ? List.of() : List.copyOf(history);
        declines = declines == null ? List.of() : List.copyOf(declines);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        rules = rules == null ? RotationRules.defaults() : rules;
    }

    public RotationRequest withDeclines(List<SlotDecline> newDeclines) {
        return new RotationRequest(schedule, from, slotCount, formatMix, members, openGaps, offers, history,
                newDeclines, overrides, rules);
    }

    public RotationRequest withOverrides(List<SlotOverride> newOverrides) {
        return new RotationRequest(schedule, from, slotCount, formatMix, members, openGaps, offers, history,
                declines, newOverrides, rules);
    }

    public RotationRequest withRules(RotationRules newRules) {
        return new RotationRequest(schedule, from, slotCount, formatMix, members, openGaps, offers, history,
                declines, overrides, newRules);
    }
}
