package org.peerplanner.web.security;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the company's provider: who they are in Peer Planner ({@link PlannerUser}), plus the
 * ID token that signing out hands back to the provider so it ends its own session too.
 */
record SsoUser(PlannerUser person, OidcIdToken idToken, OidcUserInfo userInfo) implements OidcUser {

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return person.getAuthorities();
    }

    /** Their email, as for form sign-in, so both kinds of sign-in name a person alike. */
    @Override
    public String getName() {
        return person.email();
    }

    @Override
    public String toString() {
        return "SsoUser[" + person.email() + "]"; // never print the token
    }
}
