package org.peerplanner.domain.recognition;

record PersonCount(long personId, long count) {
}
