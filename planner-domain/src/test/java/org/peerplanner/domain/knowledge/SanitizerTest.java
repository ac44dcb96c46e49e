package org.peerplanner.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Article text is shown as HTML: no payload from the corpus may survive Markdown rendering or the sanitizer. */
class SanitizerTest {

    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "object", "embed", "style", "svg", "math",
            "form", "input", "button", "textarea", "link", "meta", "base", "body", "video", "audio", "source",
            "marquee", "details", "noscript", "frame", "frameset", "applet");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "background", "xlink:href",
            "formaction", "data", "srcdoc");

    static Stream<String> payloads() throws IOException {
        try (InputStream in = SanitizerTest.class.getResourceAsStream("/knowledge/xss-payloads.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .map(l -> l.replace("\\n", "\n"))
                    .toList();
            assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
            return lines.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvivesMarkdownRendering(String payload) {
        assertHarmless(ArticleMarkdown.toSafeHtml(payload));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvivesTheSanitizerOnItsOwn(String payload) {
        assertHarmless(SafeHtml.sanitize(payload));
    }

    private static void assertHarmless(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<iframe")
                .doesNotContain("<svg").doesNotContain("<object").doesNotContain("<style");
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue; // the parser's own wrapper
            }
            assertThat(FORBIDDEN_TAGS).as("tag in %s", html).doesNotContain(e.normalName());
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style")
                        .isNotEqualTo("srcdoc");
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as("%s in %s", name, html).doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:").doesNotStartWith("data:").doesNotContain("script:");
                }
            }
        }
    }

    @Test
    void everydayMarkdownStillRenders() {
        String html = ArticleMarkdown.toSafeHtml("""
                # Consumer groups

                Some *emphasis*, **strong** and `code`.

                - one
                - two

                1. first

                ```java
                var x = "<b>not bold</b>";
                ```

                | Setting | Value |
                |:--------|------:|
                | session.timeout.ms | 45000 |

                > A quote

                See [the docs](https://kafka.apache.org/documentation/), [a session](/sessions/12) and <https://example.com>.

                ![diagram](https://example.com/d.png)
                """);

        assertThat(html).contains("<h1>Consumer groups</h1>", "<em>emphasis</em>", "<strong>strong</strong>",
                "<code>code</code>", "<li>one</li>", "<ol>", "<blockquote>", "<table>", "<th align=\"left\">Setting</th>",
                "<td align=\"right\">45000</td>", "<code class=\"language-java\">",
                "var x = \"&lt;b&gt;not bold&lt;/b&gt;\";", "<img src=\"https://example.com/d.png\" alt=\"diagram\">");
        assertThat(html).contains("<a href=\"https://kafka.apache.org/documentation/\" rel=\"noopener noreferrer\" target=\"_blank\">the docs</a>");
        assertThat(html).contains("<a href=\"/sessions/12\">a session</a>");
        assertThat(html).contains("<a href=\"https://example.com\" rel=\"noopener noreferrer\" target=\"_blank\">");
    }

    @Test
    void externalLinksInRawHtmlGetRelToo() {
        assertThat(SafeHtml.sanitize("<a href=\"https://example.com\" rel=\"opener\" target=\"_self\">x</a>"))
                .isEqualTo("<a href=\"https://example.com\" rel=\"noopener noreferrer\" target=\"_blank\">x</a>");
        assertThat(SafeHtml.sanitize("<a href=\"mailto:team@example.com\">mail</a>"))
                .isEqualTo("<a href=\"mailto:team@example.com\">mail</a>");
    }

    @Test
    void bodyFragmentsLoseMarkdownMarks() {
        assertThat(Highlights.withoutMarkdown("started with a **\uE000storm\uE001**: ## What `x` # y"))
                .isEqualTo("started with a \uE000storm\uE001: What x y");
    }

    @Test
    void highlightsEscapeEverythingButTheMarks() {
        assertThat(Highlights.toSafeHtml("a \uE000<b>x</b>\uE001 & \"q\""))
                .isEqualTo("a <em>&lt;b&gt;x&lt;/b&gt;</em> &amp; &quot;q&quot;");
    }
}
