package org.peerplanner.web.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peerplanner.domain.session.Material;

/** Materials typed one per line, "Slides https://…", as the session form takes them. */
final class MaterialLines {

    private MaterialLines() {
    }

    /** Empty when a line has no link, so the form can say which format it expects. */
    static Optional<List<Material>> parse(String text) {
        List<Material> list = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            int at = t.indexOf("http");
            if (at < 0) {
                return Optional.empty();
            }
            String label = t.substring(0, at).strip();
            list.add(new Material(label.isEmpty() ? "Link" : label, t.substring(at).strip()));
        }
        return Optional.of(list);
    }

    static String format(List<Material> materials) {
        return materials.stream().map(m -> m.label() + " " + m.url()).collect(Collectors.joining("\n"));
    }
}
