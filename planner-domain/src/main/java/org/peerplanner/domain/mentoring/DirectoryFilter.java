package org.peerplanner.domain.mentoring;

/** What the directory shows: a skill (part of a name), only mentors with places, only free ones, only overlap. */
public record DirectoryFilter(String skill, boolean withPlaces, boolean freeOnly, boolean sharedHours) {

    public static final DirectoryFilter ALL = new DirectoryFilter(null, false, false, false);
}
