package org.peerplanner.domain.roundtable;

/**
 * A presenter agreed to bring a proposed topic to a roundtable: the topic's source (e.g. a help request) may note
 * that it will be discussed there. Published in the transaction; the roundtable does not know its listeners.
 */
public record RoundtableTopicAgreed(long sessionId, long presenterId, TopicOrigin origin) {
}
