package org.peerplanner.domain.mentoring;

/** Where a request to be mentored stands. PENDING waits for the mentor, MORE_INFO for the mentee. */
public enum RequestStatus {
    PENDING, MORE_INFO, ACCEPTED, DECLINED, WITHDRAWN;

    public boolean open() {
        return this == PENDING || this == MORE_INFO;
    }
}
