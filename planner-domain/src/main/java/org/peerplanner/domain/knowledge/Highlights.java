package org.peerplanner.domain.knowledge;

/**
 * Search fragments come back with the matched words between two private-use marks instead of
 * {@code <em>}: everything else in them is the article's own text, which may contain HTML. Here it
 * is all escaped, and only the marks become {@code <em>}.
 */
public final class Highlights {

    static final String START = "\uE000";
    static final String END = "\uE001";

    private Highlights() {
    }

    /** A body fragment reads as text: Markdown's emphasis, code and heading marks are dropped. */
    static String withoutMarkdown(String fragment) {
        return fragment == null ? null : fragment.replace("**", "").replace("__", "").replace("`", "")
                .replaceAll("(?m)(^|\\s)#{1,6} ", "$1");
    }

    public static String toSafeHtml(String fragment) {
        if (fragment == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(fragment.length() + 32);
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            switch (c) {
                case '\uE000' -> out.append("<em>");
                case '\uE001' -> out.append("</em>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
