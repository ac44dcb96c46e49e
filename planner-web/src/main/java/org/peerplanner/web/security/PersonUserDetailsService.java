package org.peerplanner.web.security;

import org.peerplanner.domain.people.SignInService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in with the email and BCrypt password stored on their person record; {@link ThrottledSignIn} throttles. */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final SignInService people;

    PersonUserDetailsService(SignInService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return people.signInAccount(email)
                .map(account -> PlannerUser.of(account, false))
                .orElseThrow(() -> new UsernameNotFoundException("No person can sign in with that email"));
    }
}
