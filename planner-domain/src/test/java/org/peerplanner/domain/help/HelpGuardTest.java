package org.peerplanner.domain.help;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplanner.domain.common.InvalidInputException;

/** What text may go into a request or an answer. */
class HelpGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<SCRIPT src=x>", "[x](javascript:alert(1))",
            "<img src=x onerror=alert(1)>", "<iframe src=https://evil.example>", "< /script>"})
    void scriptMarkupIsRefusedWithAClearMessage(String text) {
        assertThatThrownBy(() -> HelpGuard.requireNoActiveMarkup("details", text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Scripts, frames and event handlers");
    }

    @Test
    void markdownAndComparisonsInCodeArePlainText() {
        assertThatCode(() -> HelpGuard.requireNoActiveMarkup("details",
                "When `a < b` and x > 3 the **consumer** lags; see [docs](https://kafka.apache.org).")).doesNotThrowAnyException();
    }

    @Test
    void shownMarkdownIsSanitised() {
        org.assertj.core.api.Assertions.assertThat(HelpText.html("**bold** <b onclick=x>hi</b>"))
                .contains("<strong>bold</strong>").doesNotContain("onclick");
    }
}
