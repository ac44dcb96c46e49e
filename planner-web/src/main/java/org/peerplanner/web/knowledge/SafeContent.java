package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.Html;

/**
 * Puts HTML that the domain has already made safe (sanitized Markdown, escaped search fragments)
 * on the page. Only ever called with {@code ArticleMarkdown}/{@code SafeHtml} output or with
 * {@code ArticleHit}'s escaped fragments, never with raw user text.
 */
final class SafeContent {

    private SafeContent() {
    }

    static Html block(String safeHtml, String className) {
        return new Html("<div class=\"" + className + "\">" + safeHtml + "</div>");
    }

    static Html inline(String safeHtml) {
        return new Html("<span>" + safeHtml + "</span>");
    }
}
