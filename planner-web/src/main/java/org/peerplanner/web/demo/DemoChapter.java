package org.peerplanner.web.demo;

/**
 * One part of the demo organisation. Each feature adds its own chapter, a {@code @Component} marked
 * {@link DemoMode} so it exists only in demo mode; chapters run in {@link #order()} and each must be
 * idempotent (check, then seed), because demo mode seeds on every start.
 */
public interface DemoChapter {

    int order();

    void seed(DemoOrganisation organisation);
}
