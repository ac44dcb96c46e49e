package org.peerplanner.domain.outcomes;

/** One headline figure of a section, already worded: "Closed within 60 days" — "64 % (16 of 25)". */
public record Fact(String label, String value) {
}
