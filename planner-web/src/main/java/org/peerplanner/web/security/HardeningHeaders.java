package org.peerplanner.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every response carries, whatever answers it (a view, Vaadin's static files, a download, a calendar
 * feed, an error page): it runs before Spring Security and Vaadin, so nothing skips it.
 * <ul>
 * <li>a Content-Security-Policy: everything from this origin only; Vaadin needs inline and eval'd script and
 * inline styles (its client engine starts from an inline script and runs server-sent expressions);</li>
 * <li>{@code X-Content-Type-Options: nosniff}, so a download is never run as something else;</li>
 * <li>{@code Referrer-Policy: same-origin}, so a link out does not carry a page address (feed tokens live in them);</li>
 * <li>{@code Cache-Control: no-store} on everything but Vaadin's fingerprinted static files, so a signed-in
 * page is never kept by a shared computer's cache or a proxy;</li>
 * <li>HSTS when the request came over https (directly, or through a proxy trusted by
 * {@code server.forward-headers-strategy}).</li>
 * </ul>
 */
class HardeningHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStaticBundleFile(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /** The production bundle's files carry a content hash in their names: caching them is safe and fast. */
    private static boolean isStaticBundleFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
