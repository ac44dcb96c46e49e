package org.peerplanner.domain.action;

/** A few days before the due date, and once the due date has passed. */
public enum ReminderKind {
    BEFORE_DUE,
    OVERDUE
}
