package org.peerplanner.domain.people;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may sign in with what, and the first administrator on a fresh installation. */
@Service
@Transactional(readOnly = true)
public class SignInService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    SignInService(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public Optional<SignInAccount> signInAccount(String email) {
        return people.findByEmail(Person.normaliseEmail(email))
                .filter(p -> p.getPasswordHash() != null)
                .map(p -> new SignInAccount(p.getId(), p.getEmail(), p.getFullName(), p.getPasswordHash(),
                        p.isAdministrator()));
    }

    public Optional<SignInAccount> signInAccount(long personId) {
        return people.findById(personId)
                .map(p -> new SignInAccount(p.getId(), p.getEmail(), p.getFullName(), p.getPasswordHash(),
                        p.isAdministrator()));
    }

    /** Remembers a successful sign-in: peer mentoring counts a mentor who stays away as gone quiet. */
    @Transactional
    public void recordSignIn(long personId) {
        people.recordSignIn(personId, clock.instant());
    }

    public boolean administratorExists() {
        return people.existsByAdministratorTrue();
    }

    /**
     * First start outside demo mode: creates the one administrator when there is none. When no
     * password is given one is generated, and returned so the caller can show it exactly once.
     */
    @Transactional
    public Optional<CreatedAdministrator> ensureAdministrator(String email, String fullName, java.time.ZoneId zone,
                                                              String password) {
        if (people.existsByAdministratorTrue()) {
            return Optional.empty();
        }
        boolean generate = password == null || password.isBlank();
        String effective = generate ? PasswordPolicy.generate() : password;
        PasswordPolicy.check("password", effective);
        Person admin = people.findByEmail(Person.normaliseEmail(email))
                .orElseGet(() -> new Person(fullName, email, zone, clock.instant()));
        admin.grantAdministrator(true);
        admin.setPasswordHash(passwordEncoder.encode(effective));
        people.save(admin);
        return Optional.of(new CreatedAdministrator(admin.getEmail(), generate ? effective : null));
    }

    /** {@code generatedPassword} is null when the password came from configuration. */
    public record CreatedAdministrator(String email, String generatedPassword) {
    }
}
