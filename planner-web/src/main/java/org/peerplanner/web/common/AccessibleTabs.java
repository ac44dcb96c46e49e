package org.peerplanner.web.common;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * Tabs that screen readers and axe-core accept as a tab list. Vaadin's {@code <vaadin-tabs>} wraps its tabs in a
 * scroller {@code <div tabindex="-1">} inside the {@code role="tablist"} element; a focusable element that is not a
 * tab is not allowed there (axe: aria-required-children, critical). The scroller loses its tabindex once drawn:
 * it holds focusable tabs, so the browser never makes it a tab stop of its own.
 */
public class AccessibleTabs extends Tabs {

    public AccessibleTabs(Tab... tabs) {
        super(tabs);
        addAttachListener(e -> getElement().executeJs(
                "(this.updateComplete || Promise.resolve()).then(() => this.$.scroll.removeAttribute('tabindex'))"));
    }
}
