package org.peerplanner.web.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    private final String header;

    RequestIds(String header) {
        this.header = header;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(header);
        String id = RequestId.of(given);
        MDC.put(MDC_KEY, id);
        response.setHeader(header, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
