package org.peerplanner.domain.mentoring;

import java.util.List;

/** "My mentoring": as mentor (offer, requests to answer, mentees) and as mentee (requests, mentors), and the past. */
public record MyMentoring(MentorOfferView offer, List<RequestRow> toAnswer, List<MentorshipRow> mentees,
                          List<RequestRow> myRequests, List<MentorshipRow> mentors, List<MentorshipRow> past,
                          List<RequestRow> closedRequests) {
}
