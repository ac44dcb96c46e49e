package org.peerplanner.web.security;

import org.peerplanner.domain.people.PeopleService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in with the email and BCrypt password stored on their person record. */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PeopleService people;
    private final SignInThrottle throttle;

    PersonUserDetailsService(PeopleService people, SignInThrottle throttle) {
        this.people = people;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return people.signInAccount(email)
                // A locked account fails before its password is even checked.
                .map(account -> PlannerUser.of(account, throttle.isLocked(email)))
                .orElseThrow(() -> new UsernameNotFoundException("No person can sign in as " + email));
    }
}
