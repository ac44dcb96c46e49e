package org.peerplanner.web.calendar;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.calendar.FeedVersion;
import org.peerplanner.domain.calendar.FeedVersionLookup;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Calendar subscription feeds at unguessable URLs: {@code /calendar/{token}/team/{id}.ics} and
 * {@code /calendar/{token}/me.ics}. No sign-in (calendar apps cannot sign in): the token in the path is the
 * credential, checked on every request, so a revoked or regenerated link is a bare 404 from the next request on.
 * <p>
 * Answered by a servlet filter, not a controller: calendar apps poll by the million, and most polls are conditional
 * requests for an unchanged feed. The feed's version comes from memory (CalendarFeedService's memo, cleared by every
 * commit), so what a 304 costs is what the servlet stack in front of it costs; Spring Security's filter chain (a
 * dozen filters that had nothing to decide: the token is the credential) and Spring MVC (handler lookup, argument
 * resolution, return value handling: most of a 304's time, JFR) are skipped. The filter runs after
 * {@code HardeningHeaders} (nosniff, CSP, Referrer-Policy, frame options) and never asks for an HTTP session, so no
 * cookie is ever set; any other {@code /calendar/} path is a bare 404 here too, so none reaches a sign-in page.
 * Otherwise the version's bytes come from {@link FeedCache}, gzipped when the client accepts it; a large plain feed
 * is handed to Tomcat's sendfile from the cache's file.
 */
class FeedEndpoint extends HttpFilter {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";
    private static final String CACHE_CONTROL = "max-age=900, private";
    private static final String GZIP = "gzip";
    private static final String PREFIX = "/calendar/";
    private static final String TEAM = "/team/";
    private static final String ICS = ".ics";
    /** Tomcat's sendfile request attributes (org.apache.catalina.Globals); smaller bodies are written as bytes. */
    private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";
    private static final int SENDFILE_FROM = 48 * 1024;

    private final transient FeedVersionLookup versions;
    private final transient CalendarFeedService feeds;
    private final transient FeedCache cache;
    private final transient FeedRequests measured;

    FeedEndpoint(FeedVersionLookup versions, CalendarFeedService feeds, FeedCache cache, FeedRequests measured) {
        this.versions = versions;
        this.feeds = feeds;
        this.cache = cache;
        this.measured = measured;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        /** Right after the hardening headers and redirects, ahead of Spring Security, MVC and Vaadin. */
        @Bean
        FilterRegistrationBean<FeedEndpoint> feedEndpoint(FeedVersionLookup versions, CalendarFeedService feeds,
                                                          FeedCache cache, FeedRequests measured) {
            var registration = new FilterRegistrationBean<>(new FeedEndpoint(versions, feeds, cache, measured));
            registration.addUrlPatterns(PREFIX + "*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
            return registration;
        }

        /**
         * Feed polls are left out of Spring's HTTP observations (http.server.requests): that machinery was a fifth of
         * a 304's CPU time (JFR, issue #17). {@link FeedRequests} counts and times them instead, for a fraction.
         */
        @Bean
        ObservationPredicate feedPollsNotObserved() {
            return (name, context) -> !(context instanceof ServerRequestObservationContext server
                    && server.getCarrier().getRequestURI().startsWith(PREFIX));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            chain.doFilter(request, response); // an error dispatch for another path
            return;
        }
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        int slash = path.indexOf('/', PREFIX.length());
        if (slash < 0 || !path.endsWith(ICS)) {
            notFound(response);
            return;
        }
        String token = path.substring(PREFIX.length(), slash);
        String rest = path.substring(slash, path.length() - ICS.length());
        long started = System.nanoTime();
        if (rest.equals("/me")) {
            var outcome = respond(versions.personalFeedVersion(token), () -> feeds.personalFeed(token), request,
                    response, head);
            measured.personal(outcome, started);
        } else if (rest.startsWith(TEAM) && isNumber(rest, TEAM.length())) {
            long teamId = Long.parseLong(rest, TEAM.length(), rest.length(), 10);
            var outcome = respond(versions.teamFeedVersion(token, teamId), () -> feeds.teamFeed(token, teamId),
                    request, response, head);
            measured.team(outcome, started);
        } else {
            notFound(response);
        }
    }

    private FeedRequests.Outcome respond(Optional<FeedVersion> found, Supplier<Optional<Feed>> load, HttpServletRequest request,
                         HttpServletResponse response, boolean head) throws IOException {
        if (found.isEmpty()) {
            notFound(response);
            return FeedRequests.Outcome.NOT_FOUND;
        }
        FeedVersion version = found.get();
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        if (notModified(request, version)) {
            cacheHeaders(response, version.fingerprint(), version.lastModified(), gzip);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return FeedRequests.Outcome.NOT_MODIFIED;
        }
        var feed = cache.get(version, load);
        if (feed == null) {
            notFound(response); // revoked while we looked
            return FeedRequests.Outcome.NOT_FOUND;
        }
        cacheHeaders(response, feed.fingerprint(), feed.lastModified(), gzip);
        response.setContentType(TEXT_CALENDAR);
        byte[] body = gzip ? feed.gzip() : feed.plain();
        if (gzip) {
            response.setHeader("Content-Encoding", GZIP);
        }
        response.setContentLength(body.length);
        if (head) {
            return FeedRequests.Outcome.FULL;
        }
        if (!gzip && body.length >= SENDFILE_FROM && feed.plainFile() != null
                && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            // Tomcat sends the file after we return, from the kernel's page cache, as nginx does (zero copy)
            request.setAttribute(SENDFILE_FILENAME, feed.plainFile().toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) body.length);
            return FeedRequests.Outcome.FULL;
        }
        response.getOutputStream().write(body);
        return FeedRequests.Outcome.FULL;
    }

    private static void cacheHeaders(HttpServletResponse response, String fingerprint, Instant lastModified,
                                     boolean gzip) {
        response.setHeader("ETag", etag(fingerprint, gzip));
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli()); // IMF-fixdate, Tomcat's cached format
        response.setHeader("Cache-Control", CACHE_CONTROL); // instead of HardeningHeaders' no-store
        response.setHeader("Vary", "Accept-Encoding");
    }

    private static void notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentLength(0);
    }

    /**
     * If-None-Match names this version (in either encoding, weak or strong); else If-Modified-Since is not older
     * than its last change. The gzipped bytes have their own ETag (RFC 9110 §8.8.3), the same version either way.
     */
    private static boolean notModified(HttpServletRequest request, FeedVersion version) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || ifNoneMatch.contains("\"" + version.fingerprint());
        }
        long since = ifModifiedSince(request);
        return since >= 0 && version.lastModified().toEpochMilli() / 1000 <= since / 1000;
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            return -1;
        }
    }

    private static String etag(String fingerprint, boolean gzip) {
        return "\"" + fingerprint + (gzip ? "-gzip\"" : "\"");
    }

    private static boolean isNumber(String text, int from) {
        if (from >= text.length() || text.length() - from > 18) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase(GZIP)) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
