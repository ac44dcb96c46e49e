package org.peerplanner.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuSectionsTest {

    private static MenuEntry entry(String title, Double order) {
        return new MenuEntry("/" + title, title, order, null, null);
    }

    @Test
    void entriesFallIntoTheSectionOfTheirOrderAndEmptySectionsAreLeftOut() {
        var grouped = MenuSections.group(List.of(entry("Home", 0.0), entry("Gaps", 10.0), entry("Review", 45.0),
                entry("Mentors", 50.0), entry("Profile", 90.0), entry("Unordered", null)));

        assertThat(grouped.keySet()).extracting(MenuSections.Section::label)
                .containsExactly(null, "Learn together", "Grow each other", "Settings");
        assertThat(grouped.values()).map(entries -> entries.stream().map(MenuEntry::title).toList())
                .containsExactly(List.of("Home"), List.of("Gaps", "Review"), List.of("Mentors"),
                        List.of("Profile", "Unordered"));
    }

    @Test
    void everyOrderBelongsToExactlyOneSection() {
        for (double order : new double[] {-5, 0, 9.9, 10, 49.5, 50, 69, 70, 79.9, 80, 96, 1000}) {
            var entry = entry("x", order);
            assertThat(MenuSections.SECTIONS.stream().filter(s -> s.holds(entry))).as("order " + order).hasSize(1);
        }
    }
}
