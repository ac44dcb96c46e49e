package org.peerplanner.integrations.calendar;

/** Whether a session takes place; a cancelled one stays in feeds so calendars strike it through. */
public enum EventStatus {
    CONFIRMED, TENTATIVE, CANCELLED
}
