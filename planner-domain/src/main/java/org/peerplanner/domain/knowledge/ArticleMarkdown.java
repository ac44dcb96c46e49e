package org.peerplanner.domain.knowledge;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown (CommonMark with GitHub tables) to HTML that is safe to show: the renderer's output
 * always goes through {@link SafeHtml}, so raw HTML in an article is cleaned, never trusted.
 */
public final class ArticleMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    // sanitizeUrls is a first line only; SafeHtml is the gate that counts.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .sanitizeUrls(true).build();

    private ArticleMarkdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return SafeHtml.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
