package org.peerplanner.domain.knowledge;

import java.time.Instant;

/**
 * Published in the transaction when an article is written (revision 1) or revised. {@code changedCharacters} is the
 * length of the stretch of text between what the two revisions share at the start and at the end
 * ({@link ArticleChanges#changedCharacters}); the contribution ledger decides from it what counts as substantial.
 */
public record ArticleRevised(long articleId, long teamId, int number, long authorId, String title,
                             int changedCharacters, Instant savedAt) {

    public boolean written() {
        return number == 1;
    }
}
