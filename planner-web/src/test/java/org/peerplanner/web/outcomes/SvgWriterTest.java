package org.peerplanner.web.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgWriterTest {

    @Test
    void writesElementsWithTheirAttributesInOrderAndNumbersToOneDecimal() {
        String svg = SvgWriter.svg(120, 28, "role", "img").element("line", "x1", 1.25, "y1", 12, "style", "stroke:red")
                .text(3, 4.5, "end", "5 < 6").end();

        assertThat(svg).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 28\" role=\"img\">"
                + "<line x1=\"1.3\" y1=\"12\" style=\"stroke:red\"/>"
                + "<text x=\"3.0\" y=\"4.5\" text-anchor=\"end\">5 &lt; 6</text></svg>");
    }

    @Test
    void escapesTextAndAttributesAndLeavesOutMissingAttributes() {
        assertThat(SvgWriter.escape("<a & \"b\" 'c'>")).isEqualTo("&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;");
        assertThat(SvgWriter.svg(1, 1, "aria-label", "R&D", "class", null).end())
                .contains("aria-label=\"R&amp;D\"").doesNotContain("class");
        assertThatThrownBy(() -> SvgWriter.svg(1, 1, "role")).isInstanceOf(IllegalArgumentException.class);
    }
}
