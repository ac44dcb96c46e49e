package org.peerplanner.domain.feedback;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<SessionFeedback, Long> {

    List<SessionFeedback> findBySessionId(long sessionId);
}
