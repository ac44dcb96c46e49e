package org.peerplanner.web.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.peerplanner.domain.access.Actor;
import org.springframework.stereotype.Component;

/** The signed-in person, for views to pass on to services. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public PlannerUser get() {
        return authentication.getAuthenticatedUser(PlannerUser.class)
                .or(() -> authentication.getAuthenticatedUser(SsoUser.class).map(SsoUser::person))
                .orElseThrow(() -> new IllegalStateException("Views that need a person require sign-in"));
    }

    public Actor actor() {
        return get().actor();
    }

    public void signOut() {
        authentication.logout();
    }
}
