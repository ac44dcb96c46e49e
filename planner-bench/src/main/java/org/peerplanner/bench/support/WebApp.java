package org.peerplanner.bench.support;

/**
 * The whole application (planner-web), for benchmarks over HTTP. planner-bench has planner-web as a runtime
 * dependency only: the web module's jar is repackaged by Spring Boot (classes under BOOT-INF), so nothing can be
 * compiled against it once the build has packaged it; started from classes (planner-bench/run.sh) it is there.
 */
public final class WebApp {

    public static Class<?> applicationClass() {
        try {
            return Class.forName("org.peerplanner.PeerPlannerApplication");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("planner-web's classes are not on the class path: start this with "
                    + "planner-bench/run.sh (see docs/benchmarks.md)", e);
        }
    }

    private WebApp() {
    }
}
