package org.peerplanner.domain.session;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlotDeclineRepository extends JpaRepository<SlotDecline, SlotDecline.Key> {

    List<SlotDecline> findByTeamIdAndSlotDateGreaterThanEqual(long teamId, LocalDate from);

    List<SlotDecline> findByTeamIdAndSlotDate(long teamId, LocalDate slotDate);
}
