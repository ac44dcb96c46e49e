package org.peerplanner.web.instance;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's jvmRoute from {@code planner.instance.route}: session ids end in {@code .<route>}, which open-source nginx
 * can route on ({@code map $cookie_JSESSIONID}, deploy/nginx) since it has no {@code sticky} directive. Vaadin keeps
 * a UI's state in the HTTP session, so each request of a signed-in person must reach the instance holding it.
 * <p>
 * The route belongs to Tomcat's engine, which the context only reaches once it is added to its host: hence set just
 * before the context starts, which is also before its session manager reads it.
 */
@Component
@EnableConfigurationProperties(InstanceSettings.class)
class SessionRoute implements TomcatContextCustomizer {

    private final String route;

    SessionRoute(InstanceSettings settings) {
        this.route = settings.route();
    }

    @Override
    public void customize(Context context) {
        if (route.isEmpty()) {
            return;
        }
        context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        });
    }
}
