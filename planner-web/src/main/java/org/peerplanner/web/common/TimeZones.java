package org.peerplanner.web.common;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.List;

/** Time-zone pickers show region ids ("Europe/Berlin"), which people recognise. */
public final class TimeZones {

    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .map(ZoneId::of)
            .toList();

    private TimeZones() {
    }

    public static ComboBox<ZoneId> picker(String label) {
        var box = new ComboBox<ZoneId>(label);
        box.setItems(withUtc());
        box.setItemLabelGenerator(ZoneId::getId);
        return box;
    }

    private static List<ZoneId> withUtc() {
        var all = new java.util.ArrayList<ZoneId>(ZONES);
        all.add(0, ZoneId.of("UTC"));
        return all;
    }
}
