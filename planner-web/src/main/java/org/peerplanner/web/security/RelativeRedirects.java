package org.peerplanner.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the request's Host header out of every redirect. Spring Security's sign-in entry point builds an absolute
 * {@code Location} from the request's host, so {@code Host: evil.example} came back as
 * {@code Location: http://evil.example/login}. Any redirect to this server's own host is sent as a path instead
 * ({@code Location: /login}), which the browser resolves against the address it actually asked, so no header a
 * client or a proxy forwards can steer it. Absolute links the app hands out (feeds, mail) use
 * {@code planner.public-url}. Redirects to other hosts are left alone.
 */
class RelativeRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(ownPath(request, location));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(ownPath(request, location), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) ? ownPath(request, value) : value);
            }
        });
    }

    static String ownPath(HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        try {
            URI target = URI.create(location);
            if (!target.isAbsolute() || target.getHost() == null
                    || !target.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            // one leading slash only: "//other.example/" would be read as another host
            String path = target.getRawPath() == null ? "/" : ("/" + target.getRawPath()).replaceFirst("^/+", "/");
            return path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
        } catch (IllegalArgumentException notAUri) {
            return location;
        }
    }
}
