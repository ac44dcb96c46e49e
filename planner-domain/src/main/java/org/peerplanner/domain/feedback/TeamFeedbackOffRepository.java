package org.peerplanner.domain.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamFeedbackOffRepository extends JpaRepository<TeamFeedbackOff, Long> {
}
