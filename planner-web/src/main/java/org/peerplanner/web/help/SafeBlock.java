package org.peerplanner.web.help;

import com.vaadin.flow.component.Html;

/**
 * Puts HTML the domain made safe (Markdown rendered and sanitised by the knowledge base's renderer) on the page.
 * Only ever called with {@code HelpPage} html fields, never with raw user text.
 */
final class SafeBlock {

    private SafeBlock() {
    }

    static Html of(String safeHtml) {
        return new Html("<div class=\"kb-markdown\">" + safeHtml + "</div>");
    }
}
