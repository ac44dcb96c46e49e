package org.peerplanner.domain.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The one gate between text people write and HTML a browser shows. Whatever produced the HTML
 * (Markdown with raw HTML in it, pasted snippets), only an allow-list of formatting tags and
 * attributes survives: no scripts, frames, objects, styles, event handlers, and links and images
 * only with http(s) (links also mailto or relative). External links open without handing the
 * opener or the referrer to the other site.
 */
public final class SafeHtml {

    /** Lets relative links (to the app's own pages) be checked like absolute ones; never shown. */
    private static final String BASE = "https://planner.invalid/";

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("hr", "del", "s")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("code", "class")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private static final java.util.regex.Pattern OWN_OR_KNOWN =
            java.util.regex.Pattern.compile("https?://|mailto:|/|#|[a-z0-9_.~%-]+(/|$|\\?|#)");

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String clean = Jsoup.clean(html, BASE, ALLOWED, outputSettings());
        Document doc = Jsoup.parseBodyFragment(clean, BASE);
        doc.outputSettings(outputSettings());
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href").strip().toLowerCase(java.util.Locale.ROOT);
            if (!OWN_OR_KNOWN.matcher(href).lookingAt()) {
                // Relative links only as paths or anchors in the app; an unknown scheme or a backslash is dropped.
                link.removeAttr("href");
            } else if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                link.attr("rel", "noopener noreferrer");
                link.attr("target", "_blank");
            }
        }
        for (Element code : doc.select("code[class]")) {
            // Only Markdown's "language-xyz" hint, nothing that could hook into the app's styles.
            if (!code.className().matches("language-[A-Za-z0-9_+-]{1,30}")) {
                code.removeAttr("class");
            }
        }
        return doc.body().html();
    }

    private static Document.OutputSettings outputSettings() {
        return new Document.OutputSettings().prettyPrint(false);
    }
}
