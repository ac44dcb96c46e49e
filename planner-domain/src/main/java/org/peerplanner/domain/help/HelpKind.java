package org.peerplanner.domain.help;

/** The three kinds of support people look for; each is answered differently. */
public enum HelpKind {
    INFORMATION("Information", "How do I …?"),
    STORIES("Stories", "What are examples of how this played out?"),
    SPECIFIC_HELP("Specific help", "I'm stuck on X, what do I do?");

    private final String label;
    private final String prompt;

    HelpKind(String label, String prompt) {
        this.label = label;
        this.prompt = prompt;
    }

    public String label() {
        return label;
    }

    public String prompt() {
        return prompt;
    }
}
