package org.peerplanner.web.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in the logs (MDC key {@value #MDC_KEY}, a field of its own in the JSON logs) and in the
 * response header, so a person's "it failed at 10:02" and the proxy's log lead to the same lines. A proxy's id is kept
 * when it looks like one (letters, digits, dots, dashes and underscores, at most 64), else a new one is made: a
 * client must not write whatever it likes into the logs.
 */
class RequestIds extends OncePerRequestFilter {

    static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String header;

    RequestIds(String header) {
        this.header = header;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(header);
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : newId();
        MDC.put(MDC_KEY, id);
        response.setHeader(header, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
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
}
