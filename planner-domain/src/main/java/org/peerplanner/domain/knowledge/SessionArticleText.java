package org.peerplanner.domain.knowledge;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
                ? "What did the team learn? Write it down here." : s.takeaways().strip()).append("\n");
        if (s.agenda() != null && !s.agenda().isBlank()) {
            text.append("\n## What we covered\n\n").append(s.agenda().strip()).append("\n");
        }
        if (!s.materials().isEmpty()) {
            text.append("\n## Materials\n\n");
            s.materials().forEach(m -> text.append("- [").append(escape(m.label())).append("](").append(m.url()).append(")\n"));
        }
        return text.toString();
    }

    private static String escape(String label) {
        return label.replace("[", "\\[").replace("]", "\\]");
    }
}
