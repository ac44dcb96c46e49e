package org.peerplanner.integrations.calendar;

final class Texts {

    private Texts() {
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
