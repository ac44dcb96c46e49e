package org.peerplanner.integrations.calendar;

/** Someone a calendar names as organizer: a display name (may be null) and an e-mail address. */
public record Person(String name, String email) {

    public Person {
        email = Texts.requireText(email, "email");
    }
}
