package org.peerplanner.web.layout;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the views' @Menu entries into a few labelled sections, so that sixteen pages read as four things a person
 * does here rather than one long list. A view joins a section by its @Menu order; the ranges are the one place that
 * says which order means which section.
 */
final class MenuSections {

    /** A labelled part of the side navigation: every entry whose order lies in [from, to). No label: shown first, bare. */
    record Section(String label, double from, double to) {
        boolean holds(MenuEntry entry) {
            double order = entry.order() == null ? Double.MAX_VALUE : entry.order();
            return order >= from && order < to;
        }
    }

    static final List<Section> SECTIONS = List.of(
            new Section(null, Double.NEGATIVE_INFINITY, 10),
            new Section("Learn together", 10, 50),
            new Section("Grow each other", 50, 70),
            new Section("Measure", 70, 80),
            new Section("Settings", 80, Double.POSITIVE_INFINITY));

    private MenuSections() {
    }

    /** The entries per section, in the sections' order and the entries' own order; empty sections left out. */
    static Map<Section, List<MenuEntry>> group(List<MenuEntry> entries) {
        var grouped = new LinkedHashMap<Section, List<MenuEntry>>();
        for (Section section : SECTIONS) {
            var held = new ArrayList<MenuEntry>();
            entries.stream().filter(section::holds).forEach(held::add);
            if (!held.isEmpty()) {
                grouped.put(section, held);
            }
        }
        return grouped;
    }
}
