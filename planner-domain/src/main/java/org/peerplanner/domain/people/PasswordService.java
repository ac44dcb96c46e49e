package org.peerplanner.domain.people;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Passwords: a person changes their own, a manager resets one, an administrator assigns one. */
@Service
@Transactional(readOnly = true)
public class PasswordService {

    private final PersonRepository people;
    private final TeamAccess access;
    private final PasswordEncoder passwordEncoder;

    PasswordService(PersonRepository people, TeamAccess access, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.access = access;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        Person person = people.findById(actor.personId()).orElseThrow(() -> new NotFoundException("The person"));
        if (currentPassword == null || person.getPasswordHash() == null
                || !passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "That is not your current password.");
        }
        PasswordPolicy.check("newPassword", newPassword);
        person.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Sets a new one-time password for a person the actor manages, and returns it. */
    @Transactional
    public String resetPassword(Actor actor, long personId) {
        access.requireVisiblePerson(actor, personId);
        if (!access.canManagePerson(actor, personId)) {
            throw new NotPermittedException("Only their team's managers or an administrator can reset a password.");
        }
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("The person"));
        String password = PasswordPolicy.generate();
        person.setPasswordHash(passwordEncoder.encode(password));
        return password;
    }

    /** An administrator sets a chosen password, for example when seeding or after a support call. */
    @Transactional
    public void assignPassword(Actor actor, long personId, String password) {
        if (!actor.administrator()) {
            throw new NotPermittedException("Only an administrator can set someone's password.");
        }
        PasswordPolicy.check("password", password);
        people.findById(personId).orElseThrow(() -> new NotFoundException("The person"))
                .setPasswordHash(passwordEncoder.encode(password));
    }
}
