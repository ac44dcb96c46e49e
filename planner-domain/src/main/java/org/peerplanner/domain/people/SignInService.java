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

    /**
     * A person the company's identity provider vouches for (single sign-on), matched by their verified email. An
     * unknown email joins as a person in no team when {@code joinIfUnknown} (a team's manager adds them later), and
     * is refused otherwise. The provider's group decides the administrator role at every sign-in when it speaks
     * about it ({@code administrator} not null), so a person taken out of the group loses the role on their next
     * sign-in; the person's name and password stay as they are.
     */
    @Transactional
    public Optional<SignInAccount> signInVouchedFor(VouchedPerson vouched) {
        String email = Person.normaliseEmail(vouched.email());
        if (email == null || email.isEmpty() || email.length() > 254) { // no address a person could have here
            return Optional.empty();
        }
        Optional<Person> known = people.findByEmail(email);
        if (known.isEmpty() && !vouched.joinIfUnknown()) {
            return Optional.empty();
        }
        Person person = known.orElseGet(() -> people.save(new Person(vouched.fullNameOr(email), email,
                java.time.ZoneOffset.UTC, clock.instant())));
        if (vouched.administrator() != null && person.isAdministrator() != vouched.administrator()) {
            person.grantAdministrator(vouched.administrator());
        }
        return Optional.of(new SignInAccount(person.getId(), person.getEmail(), person.getFullName(),
                person.getPasswordHash(), person.isAdministrator()));
    }

    /**
     * What the identity provider says about a person who signs in through it.
     *
     * @param email         their verified email
     * @param fullName      their name, for a person who joins; blank means the email stands in
     * @param administrator whether they are in the provider's administrator group; null when the provider is not
     *                      asked (the role is then managed in Peer Planner)
     * @param joinIfUnknown whether an unknown email joins instead of being refused
     */
    public record VouchedPerson(String email, String fullName, Boolean administrator, boolean joinIfUnknown) {

        String fullNameOr(String email) {
            String name = fullName == null || fullName.isBlank() ? email : fullName.strip();
            return name.length() > 120 ? name.substring(0, 120) : name;
        }
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
