package org.peerplanner.web.security;

import java.util.Collection;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.SignInAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them. */
public record PlannerUser(long personId, String email, String fullName, String passwordHash, boolean administrator,
                          boolean locked) implements UserDetails {

    public static final String ROLE_ADMIN = "ADMIN";
    public static final String ROLE_USER = "USER";

    static PlannerUser of(SignInAccount account, boolean locked) {
        return new PlannerUser(account.personId(), account.email(), account.fullName(), account.passwordHash(),
                account.administrator(), locked);
    }

    public Actor actor() {
        return new Actor(personId, administrator);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return administrator
                ? List.of(new SimpleGrantedAuthority("ROLE_" + ROLE_USER), new SimpleGrantedAuthority("ROLE_" + ROLE_ADMIN))
                : List.of(new SimpleGrantedAuthority("ROLE_" + ROLE_USER));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        return "PlannerUser[" + email + "]"; // never print the hash
    }
}
