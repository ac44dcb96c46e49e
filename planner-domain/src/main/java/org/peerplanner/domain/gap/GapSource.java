package org.peerplanner.domain.gap;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where a knowledge gap surfaced. */
public enum GapSource {
    RETROSPECTIVE("Retrospective", "retro", "retros", "sprint retro", "sprint retrospective"),
    ONE_ON_ONE("1:1", "1-1", "1 on 1", "one on one", "one to one", "1 to 1", "1o1"),
    POST_MORTEM("Post-mortem", "postmortem", "incident", "incident review", "post incident review", "pir",
            "outage", "root cause analysis", "rca"),
    ONBOARDING_FRICTION("Onboarding friction", "onboarding", "new hire", "new joiner", "new starter"),
    RECURRING_BUG("Recurring bug", "bug", "bugs", "recurring bugs", "recurring", "defect", "repeat bug"),
    NEW_TECHNOLOGY("New technology", "new tech", "technology", "tech", "new tool", "new tools"),
    /** A help request that stayed unsolved: the same question keeps coming back. */
    RECURRING_QUESTION("Recurring question", "question", "questions", "recurring questions", "faq", "help request"),
    OTHER("Other", "misc", "miscellaneous");

    private static final Map<String, GapSource> BY_KEY = new HashMap<>();

    static {
        for (GapSource source : values()) {
            BY_KEY.put(key(source.name()), source);
            BY_KEY.put(key(source.label), source);
            source.aliases.forEach(alias -> BY_KEY.put(key(alias), source));
        }
    }

    private final String label;
    private final List<String> aliases;

    GapSource(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    /**
     * Reads what people type in spreadsheets and retro tools ("Retro", "1:1", "one-on-one",
     * "post mortem", "incident", "new tech"...), ignoring case, accents, spaces and punctuation.
     * Empty when the text names no source we know, so the caller decides what to do about it.
     */
    public static Optional<GapSource> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
