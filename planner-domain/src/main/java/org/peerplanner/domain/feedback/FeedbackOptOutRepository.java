package org.peerplanner.domain.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackOptOutRepository extends JpaRepository<FeedbackOptOut, Long> {
}
