package org.peerplanner.web.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Only in demo mode: {@code planner.demo.enabled=true}, which the {@code demo} profile sets (and the run command of
 * the README uses). Outside it the demo beans are not even made, so a real organisation's app holds none of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "planner.demo.enabled", havingValue = "true")
@interface DemoMode {
}
