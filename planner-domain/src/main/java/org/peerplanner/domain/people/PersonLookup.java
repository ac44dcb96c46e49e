package org.peerplanner.domain.people;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of people (a membership, a session or an article points at them).
 * The repository stays inside this package; changes go through {@link PeopleService}.
 */
@Component
@Transactional(readOnly = true)
public class PersonLookup {

    private final PersonRepository people;

    PersonLookup(PersonRepository people) {
        this.people = people;
    }

    public Optional<Person> person(long personId) {
        return people.findById(personId);
    }

    public List<Person> people(Iterable<Long> personIds) {
        return people.findAllById(personIds);
    }

    public Optional<Person> byEmail(String email) {
        return people.findByEmail(Person.normaliseEmail(email));
    }
}
