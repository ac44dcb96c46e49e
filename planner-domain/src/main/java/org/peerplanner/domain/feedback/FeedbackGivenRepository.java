package org.peerplanner.domain.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackGivenRepository extends JpaRepository<FeedbackGiven, FeedbackGiven.Key> {
}
