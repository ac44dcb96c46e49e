package org.peerplanner.web.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.peerplanner.domain.access.Actor;

/**
 * What chapters share while seeding: ids of the demo teams and people by a short key, so later
 * chapters (gaps, sessions, action items) can refer to "maria" or "payments".
 */
public final class DemoOrganisation {

    /** Seeding acts as the system, with administrator rights. */
    public static final Actor SYSTEM = new Actor(-1, true);
    public static final String PASSWORD = "peer-planner-demo";

    private final LocalDate today;
    private final Map<String, Long> teams = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();

    DemoOrganisation(LocalDate today) {
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    public void team(String key, long id) {
        teams.put(key, id);
    }

    public long team(String key) {
        return require(teams, key);
    }

    public void person(String key, long id) {
        people.put(key, id);
    }

    public long person(String key) {
        return require(people, key);
    }

    public Actor actor(String personKey) {
        return new Actor(person(personKey), false);
    }

    private static long require(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("No demo record called " + key + " (check chapter order)");
        }
        return id;
    }
}
