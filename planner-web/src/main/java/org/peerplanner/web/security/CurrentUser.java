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

    /**
     * The person, signed in with the form ({@link PlannerUser}) or through the provider ({@link SsoUser}). Vaadin's
     * {@code getAuthenticatedUser(type)} casts rather than filters, so the principal is asked once and matched here.
     */
    public PlannerUser get() {
        return authentication.getAuthenticatedUser(Object.class)
                .map(principal -> switch (principal) {
                    case PlannerUser person -> person;
                    case SsoUser sso -> sso.person();
                    default -> null;
                })
                .orElseThrow(() -> new IllegalStateException("Views that need a person require sign-in"));
    }

    public Actor actor() {
        return get().actor();
    }

    public void signOut() {
        authentication.logout();
    }
}
