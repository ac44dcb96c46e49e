package org.peerplanner.web.calendar;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peerplanner.web.calendar.FeedAnswers.Answer;
import org.peerplanner.web.calendar.FeedAnswers.Ask;
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
 * <p>
 * What the answer is, {@link FeedAnswers} decides (the same rules for the feed listener on its own port,
 * {@link FeedListener}); this filter only carries it over the servlet API.
 */
class FeedEndpoint extends HttpFilter {

    /** Tomcat's sendfile request attributes (org.apache.catalina.Globals); smaller bodies are written as bytes. */
    private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final transient FeedAnswers answers;

    FeedEndpoint(FeedAnswers answers) {
        this.answers = answers;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        /** Right after the hardening headers and redirects, ahead of Spring Security, MVC and Vaadin. */
        @Bean
        FilterRegistrationBean<FeedEndpoint> feedEndpoint(FeedAnswers answers) {
            var registration = new FilterRegistrationBean<>(new FeedEndpoint(answers));
            registration.addUrlPatterns(FeedAnswers.PREFIX + "*");
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
                    && server.getCarrier().getRequestURI().startsWith(FeedAnswers.PREFIX));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(FeedAnswers.PREFIX)) {
            chain.doFilter(request, response); // an error dispatch for another path
            return;
        }
        long started = System.nanoTime();
        var ask = new Ask(request.getMethod(), path, request.getHeader("If-None-Match"), ifModifiedSince(request),
                request.getHeader("Accept-Encoding"));
        write(answers.answer(ask, false, started), request, response);
    }

    private static void write(Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(answer.status());
        if (answer.status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", FeedAnswers.ALLOW);
            return;
        }
        if (!answer.cacheable()) {
            response.setContentLength(0);
            return;
        }
        response.setHeader("ETag", answer.etag());
        response.setDateHeader("Last-Modified", answer.lastModified().toEpochMilli()); // IMF-fixdate, cached by Tomcat
        response.setHeader("Cache-Control", FeedAnswers.CACHE_CONTROL); // instead of HardeningHeaders' no-store
        response.setHeader("Vary", "Accept-Encoding");
        if (answer.status() == HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        response.setContentType(FeedAnswers.TEXT_CALENDAR);
        if (answer.gzip()) {
            response.setHeader("Content-Encoding", "gzip");
        }
        byte[] body = answer.body();
        response.setContentLength(body.length);
        if (answer.head()) {
            return;
        }
        if (answer.file() != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            // Tomcat sends the file after we return, from the kernel's page cache, as nginx does (zero copy)
            request.setAttribute(SENDFILE_FILENAME, answer.file().toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) body.length);
            return;
        }
        response.getOutputStream().write(body);
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            return -1;
        }
    }
}
