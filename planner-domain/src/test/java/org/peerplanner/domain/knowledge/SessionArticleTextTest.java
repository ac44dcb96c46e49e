package org.peerplanner.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Takeaways typed line by line stay line by line in the article, without breaking Markdown's own blocks. */
class SessionArticleTextTest {

    @Test
    void linesOfOneParagraphKeepTheirBreaksWhenRendered() {
        String text = SessionArticleText.keepLineBreaks("Retries need jitter.\nBudgets cap retries.\n\nA new paragraph.");

        assertThat(text).isEqualTo("Retries need jitter.\\\nBudgets cap retries.\n\nA new paragraph.");
        assertThat(ArticleMarkdown.toSafeHtml(text)).contains("Retries need jitter.<br>").contains("<p>A new paragraph.</p>");
    }

    @Test
    void listsHeadingsAndCodeAreLeftAsTheyAre() {
        String typed = "Agenda:\n1. Why\n2. How\n# Next\nText\n```\ncode line\nmore code\n```";

        String text = SessionArticleText.keepLineBreaks(typed);

        assertThat(text).isEqualTo(typed);
        assertThat(ArticleMarkdown.toSafeHtml(text)).doesNotContain("\\");
    }
}
