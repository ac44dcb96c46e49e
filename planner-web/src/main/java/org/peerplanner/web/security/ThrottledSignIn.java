package org.peerplanner.web.security;

import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.people.Person;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind the sign-in form, with the throttle around it. The lock is keyed on the account the
 * email resolves to (so no other spelling of an address gets fresh tries) and, for an email that belongs to nobody,
 * on its normalised form: a locked account and an unknown email answer alike, so the lock tells nobody which
 * addresses exist. A client address with too many failures is refused before anything is looked up.
 */
class ThrottledSignIn extends DaoAuthenticationProvider {

    private final SignInService people;
    private final SignInThrottle throttle;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder passwords, SignInService people, SignInThrottle throttle) {
        super(users);
        setPasswordEncoder(passwords);
        this.people = people;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String address = clientAddress(attempt);
        if (throttle.isAddressBlocked(address)) {
            throw new LockedException("Too many failed sign-ins from " + address);
        }
        String email = Person.normaliseEmail(attempt.getName());
        String account = people.signInAccount(email).map(a -> "person:" + a.personId()).orElse("email:" + email);
        if (throttle.isLocked(account)) {
            throw new LockedException("Too many failed sign-ins for " + account);
        }
        try {
            Authentication done = super.authenticate(attempt);
            throttle.recordSuccess(account);
            if (done.getPrincipal() instanceof PlannerUser user) {
                people.recordSignIn(user.personId());
            }
            return done;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(account, address);
            throw wrong;
        }
    }

    private static String clientAddress(Authentication attempt) {
        // The form's details carry the servlet's remote address: the proxy's own unless
        // server.forward-headers-strategy lets a trusted proxy name the client (README, Security).
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }
}
