package org.peerplanner.domain.houserules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is stored of house rules: dangerous markup gone, everything else exactly as written. */
class HouseRulesCleanerTest {

    @Test
    void ordinaryMarkdownAndHarmlessHtmlStayAsWritten() {
        String text = "# Rules\n\n- **Ask** early <br> and <b>often</b>\n\n[Runbook](https://wiki.example.com/run)\n";

        var cleaned = HouseRulesCleaner.clean(text);

        assertThat(cleaned.changed()).isFalse();
        assertThat(cleaned.text()).isEqualTo(text);
    }

    @Test
    void aScriptBlockIsRemovedAndTheRestKept() {
        var cleaned = HouseRulesCleaner.clean("# Rules\n\n<script>alert('hi')</script>\n\nBe kind.\n");

        assertThat(cleaned.changed()).isTrue();
        assertThat(cleaned.text()).doesNotContain("script", "alert").contains("# Rules", "Be kind.");
    }

    @Test
    void eventHandlersAreRemovedFromInlineHtml() {
        var cleaned = HouseRulesCleaner.clean("Look <img src=\"https://example.com/a.png\" onerror=\"steal()\"> here "
                + "and <span onmouseover=\"steal()\">there</span>.");

        assertThat(cleaned.changed()).isTrue();
        assertThat(cleaned.text()).doesNotContain("onerror", "onmouseover", "steal")
                .contains("Look", "https://example.com/a.png", "there", "here");
    }

    @Test
    void anInlineTagKeepsItsTextAndHarmlessAttributes() {
        var cleaned = HouseRulesCleaner.clean("Be <b onclick=\"steal()\" title=\"nice\">kind</b>.");

        assertThat(cleaned.text()).isEqualTo("Be <b title=\"nice\">kind</b>.");
    }

    @Test
    void aJavascriptLinkKeepsOnlyItsText() {
        var cleaned = HouseRulesCleaner.clean("Read [the rules](javascript:alert(1)) first.");

        assertThat(cleaned.changed()).isTrue();
        assertThat(cleaned.text()).isEqualTo("Read the rules first.");
    }

    @Test
    void framesAndStylesInABlockAreRemoved() {
        var cleaned = HouseRulesCleaner.clean("<div style=\"position:fixed\">\n<iframe src=\"https://evil.example\"></iframe>\n</div>\n\nText");

        assertThat(cleaned.changed()).isTrue();
        assertThat(cleaned.text()).doesNotContain("iframe", "style").endsWith("Text");
    }
}
