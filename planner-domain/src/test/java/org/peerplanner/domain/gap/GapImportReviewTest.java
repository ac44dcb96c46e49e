package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapImportReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final PersonRef IMPORTER = new PersonRef(1, "Maria Manager");
    private final GapImportReview review = new GapImportReview(
            List.of(new GapImportReview.Member(5, "Zoë Ångström", "zoe@example.com"),
                    new GapImportReview.Member(6, "Sam Lee", "sam@example.com")),
            List.of(new GapTitle(40, "Kafka consumer groups", GapStatus.OPEN)), IMPORTER, TODAY);

    private static GapImportRow row(int number, String title, Integer votes, String source, String owner) {
        return new GapImportRow(number, title, null, votes, source, LocalDate.of(2026, 3, 20), owner);
    }

    @Test
    void aGoodRowIsNormalisedAndProposedForImport() {
        var preview = review.review(List.of(row(2, "  Terraform   state  ", 3, "Retro", "zoe ångström"))).getFirst();

        assertThat(preview.title()).isEqualTo("Terraform state");
        assertThat(preview.source()).isEqualTo(GapSource.RETROSPECTIVE);
        assertThat(preview.votes()).isEqualTo(3);
        assertThat(preview.reporterId()).isEqualTo(5);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.notes()).isEmpty();
        assertThat(preview.proposed().action()).isEqualTo(GapImportAction.IMPORT);
    }

    @Test
    void anUnknownSourceOrOwnerIsNotedButDoesNotBlockTheRow() {
        var preview = review.review(List.of(row(2, "Terraform state", null, "hallway chat", "nobody@example.com"))).getFirst();

        assertThat(preview.source()).isEqualTo(GapSource.OTHER);
        assertThat(preview.reporterId()).isEqualTo(IMPORTER.id());
        assertThat(preview.votes()).isZero();
        assertThat(preview.notes()).hasSize(2);
        assertThat(preview.importable()).isTrue();
    }

    @Test
    void ownersAreMatchedByEmailIgnoringCase() {
        assertThat(review.review(List.of(row(2, "Terraform", 0, null, "SAM@example.com"))).getFirst().reporterId())
                .isEqualTo(6);
    }

    @Test
    void brokenRowsAreProposedForSkippingWithEveryProblem() {
        var previews = review.review(List.of(
                row(2, " ", -1, null, null),
                new GapImportRow(3, "x".repeat(201), "d".repeat(4001), 0, null, TODAY.plusDays(3), null)));

        assertThat(previews.get(0).problems()).hasSize(2);
        assertThat(previews.get(1).problems()).hasSize(3);
        assertThat(previews).allSatisfy(p -> assertThat(p.proposed().action()).isEqualTo(GapImportAction.SKIP));
    }

    @Test
    void duplicatesOnTheBoardAreProposedForMergingAndRepeatsInTheFileForSkipping() {
        var previews = review.review(List.of(
                row(2, "kafka consumer-groups?", 4, null, null),
                row(3, "Terraform state", 1, null, null),
                row(4, "Terraform State", 2, null, null)));

        assertThat(previews.get(0).similarGaps()).extracting(GapMatch::id).containsExactly(40L);
        assertThat(previews.get(0).proposed()).satisfies(d -> {
            assertThat(d.action()).isEqualTo(GapImportAction.MERGE_INTO);
            assertThat(d.intoGapId()).isEqualTo(40);
        });
        assertThat(previews.get(1).proposed().action()).isEqualTo(GapImportAction.IMPORT);
        assertThat(previews.get(2).similarRows()).containsExactly(3);
        assertThat(previews.get(2).proposed().action()).isEqualTo(GapImportAction.SKIP);
    }
}
