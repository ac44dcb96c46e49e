package org.peerplanner.domain.roundtable;

/**
 * A problem that could be brought to a roundtable, offered by a {@link RoundtableTopicSource}: the person who
 * would bring it (they are asked for consent before it counts), the one line, and where it came from.
 */
public record TopicCandidate(long personId, String personName, String problem, TopicOrigin origin) {
}
