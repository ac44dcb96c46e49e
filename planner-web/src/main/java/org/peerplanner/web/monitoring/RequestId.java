package org.peerplanner.web.monitoring;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id a request goes by ({@link RequestIds}; also the calendar feed listener, which answers outside the servlet
 * stack): a proxy's id is kept when it looks like one (letters, digits, dots, dashes and underscores, at most 64),
 * else a new one is made, so a client cannot write whatever it likes into the logs.
 */
public final class RequestId {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** {@code given} when well-formed, else a new random id. */
    public static String of(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : newId();
    }

    /**
     * A random id in the UUID format, from the thread's own generator: an id to find log lines by, not a secret.
     * UUID.randomUUID() reads the shared SecureRandom, which showed in every calendar poll's profile (issue #17).
     */
    private static String newId() {
        var random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    private RequestId() {
    }
}
