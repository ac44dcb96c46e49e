package org.peerplanner.web.instance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * This instance among several behind one proxy (README, "Several instances").
 *
 * @param route {@code planner.instance.route} ({@code PLANNER_INSTANCE_ROUTE}): a short name for this instance, e.g.
 *              {@code node1}, that Tomcat appends to every session id ({@code JSESSIONID=...node1}) so the proxy
 *              sends a signed-in person back to the instance that holds their session; it also names the instance
 *              in the scheduled jobs' lock table. Empty (the default, one instance): no suffix.
 */
@ConfigurationProperties("planner.instance")
@Validated
public record InstanceSettings(@DefaultValue("") @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{0,32}") String route) {
}
