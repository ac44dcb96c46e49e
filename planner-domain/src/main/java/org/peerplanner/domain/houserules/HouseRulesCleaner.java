package org.peerplanner.domain.houserules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.peerplanner.domain.knowledge.SafeHtml;

/**
 * Cleans what a manager saves, before it is stored: raw HTML with scripts, frames, styles or event handlers is put
 * through the knowledge base's sanitiser, and links to {@code javascript:} (or {@code data:}, {@code vbscript:})
 * keep only their text. Everything else of the Markdown stays exactly as written. The page is rendered through
 * {@code ArticleMarkdown} as well, so this is about storing nothing dangerous and telling the writer what happened.
 */
final class HouseRulesCleaner {

    record Cleaned(String text, boolean changed) {
    }

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Set<String> DANGEROUS_TAGS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "style", "link", "meta", "base", "form", "svg", "math", "template", "applet");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "background", "poster", "data");
    private static final Pattern BAD_SCHEME = Pattern.compile("^(javascript|vbscript|data):");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cntrl}]");

    private HouseRulesCleaner() {
    }

    static Cleaned clean(String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        List<Replacement> replacements = new ArrayList<>();
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                if (dangerous(html.getLiteral())) {
                    replacements.add(Replacement.of(text, html, SafeHtml.sanitize(html.getLiteral())));
                }
            }

            @Override
            public void visit(HtmlInline html) {
                if (dangerous(html.getLiteral())) {
                    replacements.add(Replacement.of(text, html, withoutDangerousAttributes(html.getLiteral())));
                }
            }

            @Override
            public void visit(Link link) {
                if (badUrl(link.getDestination())) {
                    replacements.add(Replacement.of(text, link, textOf(link)));
                } else {
                    visitChildren(link);
                }
            }

            @Override
            public void visit(Image image) {
                if (badUrl(image.getDestination())) {
                    replacements.add(Replacement.of(text, image, textOf(image)));
                } else {
                    visitChildren(image);
                }
            }
        });
        if (replacements.isEmpty()) {
            return new Cleaned(markdown, false);
        }
        var out = new StringBuilder(text);
        replacements.stream().sorted(Comparator.comparingInt(Replacement::start).reversed())
                .forEach(r -> out.replace(r.start(), r.end(), r.with()));
        return new Cleaned(out.toString(), true);
    }

    static boolean dangerous(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (DANGEROUS_TAGS.contains(element.normalName())) {
                return true;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")
                        || URL_ATTRIBUTES.contains(key) && badUrl(attribute.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Inline HTML comes one tag at a time ({@code <b onclick="...">}, then the text, then {@code </b>}), so a
     * sanitiser would close the tag before its text: the tag is rebuilt without its dangerous attributes instead, and
     * a dangerous tag is dropped (its text stays, as harmless text).
     */
    static String withoutDangerousAttributes(String tag) {
        var elements = Jsoup.parseBodyFragment(tag).body().children();
        if (elements.isEmpty() || DANGEROUS_TAGS.contains(elements.getFirst().normalName())) {
            return "";
        }
        Element element = elements.getFirst();
        var rebuilt = new StringBuilder("<").append(element.normalName());
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            boolean bad = key.startsWith("on") || key.equals("style") || key.equals("srcdoc")
                    || URL_ATTRIBUTES.contains(key) && badUrl(attribute.getValue());
            if (!bad) {
                rebuilt.append(' ').append(key).append("=\"")
                        .append(attribute.getValue().replace("&", "&amp;").replace("\"", "&quot;")).append('"');
            }
        }
        return rebuilt.append(tag.strip().endsWith("/>") ? " />" : ">").toString();
    }

    private static boolean badUrl(String url) {
        return url != null
                && BAD_SCHEME.matcher(INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT)).lookingAt();
    }

    private static String textOf(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }

    /** A stretch of the source, from its node's first span to its last, and what takes its place. */
    private record Replacement(int start, int end, String with) {

        static Replacement of(String text, Node node, String with) {
            List<SourceSpan> spans = node.getSourceSpans();
            SourceSpan first = spans.getFirst();
            SourceSpan last = spans.getLast();
            int start = offset(text, first.getLineIndex()) + first.getColumnIndex();
            int end = offset(text, last.getLineIndex()) + last.getColumnIndex() + last.getLength();
            return new Replacement(start, Math.min(end, text.length()), with);
        }

        private static int offset(String text, int line) {
            int at = 0;
            for (int i = 0; i < line; i++) {
                at = text.indexOf('\n', at) + 1;
            }
            return at;
        }
    }
}
