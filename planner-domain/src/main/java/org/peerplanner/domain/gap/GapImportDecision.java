package org.peerplanner.domain.gap;

/**
 * What to do with one import row: proposed by the preview, confirmed or changed by the user.
 * {@code intoGapId} only for {@link GapImportAction#MERGE_INTO}; {@code reason} explains a proposal.
 */
public record GapImportDecision(GapImportAction action, Long intoGapId, String reason) {

    public static GapImportDecision importIt() {
        return new GapImportDecision(GapImportAction.IMPORT, null, null);
    }

    public static GapImportDecision mergeInto(long gapId) {
        return new GapImportDecision(GapImportAction.MERGE_INTO, gapId, null);
    }

    public static GapImportDecision skip(String reason) {
        return new GapImportDecision(GapImportAction.SKIP, null, reason);
    }

    GapImportDecision because(String why) {
        return new GapImportDecision(action, intoGapId, why);
    }
}
