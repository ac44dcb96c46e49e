package org.peerplanner.domain.people;

/** What sign-in needs to know about a person. */
public record SignInAccount(long personId, String email, String fullName, String passwordHash, boolean administrator) {
}
