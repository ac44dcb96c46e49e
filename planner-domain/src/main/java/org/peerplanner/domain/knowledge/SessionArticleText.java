package org.peerplanner.domain.knowledge;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.peerplanner.domain.session.SessionDetails;

/** The first draft of an article written from a held session: what it was, its takeaways and materials. */
final class SessionArticleText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SessionArticleText() {
    }

    static String of(SessionDetails s) {
        var text = new StringBuilder();
        text.append("_").append(s.format().label()).append(" on ").append(DAY.format(s.start()));
        if (s.facilitator() != null) {
            text.append(", led by ").append(s.facilitator().name());
        }
        text.append("._\n\n## Takeaways\n\n");
        text.append(s.takeaways() == null || s.takeaways().isBlank()
                ? "What did the team learn? Write it down here." : keepLineBreaks(s.takeaways().strip())).append("\n");
        if (s.agenda() != null && !s.agenda().isBlank()) {
            text.append("\n## What we covered\n\n").append(keepLineBreaks(s.agenda().strip())).append("\n");
        }
        // The materials travel as the article's own materials, which its page lists under "Materials": repeating
        // them in the text showed the heading twice.
        return text.toString();
    }

    /** A line that starts a list item, a heading, a quote, a code fence or a table row starts its own block. */
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*([-*+]\\s|\\d+[.)]\\s|#|>|```|~~~|\\|)");
    /** Blocks of one line (or fenced code) where a trailing backslash would show as a backslash. */
    private static final Pattern NO_BREAK_AFTER = Pattern.compile("^\\s*(#|```|~~~|\\|)");

    /**
     * Line breaks as people typed them: Markdown joins the lines of one paragraph, so each line that runs on into
     * the next gets a hard break (a trailing backslash). Lines before a blank line or a new block, and code, need none.
     */
    static String keepLineBreaks(String text) {
        String[] lines = text.split("\\R", -1);
        var kept = new StringBuilder();
        boolean inCode = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inCode = !inCode;
            }
            kept.append(line);
            if (i + 1 < lines.length) {
                String next = lines[i + 1];
                boolean runsOn = !inCode && !line.isBlank() && !next.isBlank() && !line.endsWith("\\")
                        && !BLOCK_START.matcher(next).find() && !NO_BREAK_AFTER.matcher(line).find();
                kept.append(runsOn ? "\\\n" : "\n");
            }
        }
        return kept.toString();
    }
}
