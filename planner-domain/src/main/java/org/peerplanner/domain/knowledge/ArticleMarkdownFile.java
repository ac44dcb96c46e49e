package org.peerplanner.domain.knowledge;

import java.util.List;

/**
 * "Download as Markdown": YAML front matter with what the body does not say (title, team, tags,
 * review date, links, materials), then the body exactly as written.
 */
final class ArticleMarkdownFile {

    private ArticleMarkdownFile() {
    }

    static String of(ArticleDetails a) {
        var out = new StringBuilder("---\n");
        out.append("title: ").append(quote(a.title())).append('\n');
        out.append("team: ").append(quote(a.teamName())).append('\n');
        out.append("author: ").append(quote(a.authorName())).append('\n');
        out.append("revision: ").append(a.revision()).append('\n');
        out.append("updated: ").append(a.updatedAt()).append('\n');
        out.append("tags: ").append(list(a.tags())).append('\n');
        out.append("review_by: ").append(a.reviewBy() == null ? "null" : a.reviewBy().toString()).append('\n');
        if (!a.sessions().isEmpty()) {
            out.append("sessions:\n");
            a.sessions().forEach(s -> out.append("  - id: ").append(s.id()).append("\n    title: ").append(quote(s.title()))
                    .append('\n'));
        }
        if (!a.gaps().isEmpty()) {
            out.append("gaps:\n");
            a.gaps().forEach(g -> out.append("  - id: ").append(g.id()).append("\n    title: ").append(quote(g.title()))
                    .append('\n'));
        }
        if (!a.materials().isEmpty()) {
            out.append("materials:\n");
            a.materials().forEach(m -> out.append("  - label: ").append(quote(m.label())).append("\n    url: ")
                    .append(quote(m.url())).append('\n'));
        }
        out.append("---\n\n");
        out.append(a.body());
        if (!a.body().endsWith("\n")) {
            out.append('\n');
        }
        return out.toString();
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(ArticleMarkdownFile::quote).toList()) + "]";
    }

    /** A YAML double-quoted scalar: safe for colons, quotes, "#" and line breaks in titles. */
    static String quote(String value) {
        var s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> s.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }
}
