package org.peerplanner.domain.houserules;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseRulesSeenRepository extends JpaRepository<HouseRulesSeen, Long> {
}
