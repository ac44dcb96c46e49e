package org.peerplanner.domain.recognition;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A person's contributions as Markdown: milestones, then the ledger by year, newest first. Plain text, no HTML. */
final class ContributionMarkdown {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ContributionMarkdown() {
    }

    static String of(MyContributionsPage page) {
        var md = new StringBuilder("# Contributions of ").append(escape(page.name())).append("\n\n");
        md.append("## Milestones\n\n");
        if (page.milestones().isEmpty()) {
            md.append("None yet.\n");
        }
        page.milestones().forEach(m -> md.append("- **").append(m.kind().label()).append("** (")
                .append(DAY.format(m.on())).append("): ").append(escape(m.because())).append('\n'));
        md.append("\n## Contributions\n");
        if (page.entries().isEmpty()) {
            md.append("\nNone yet.\n");
        }
        int year = Integer.MIN_VALUE;
        for (var e : page.entries()) {
            if (e.on().getYear() != year) {
                year = e.on().getYear();
                md.append("\n### ").append(year).append("\n\n");
            }
            md.append("- ").append(DAY.format(e.on())).append(" – ").append(e.kind().label()).append(": ")
                    .append(escape(e.source().title())).append('\n');
        }
        return md.toString();
    }

    /** Titles are people's text: Markdown in them stays literal. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-!|<>])", "\\\\$1");
    }
}
