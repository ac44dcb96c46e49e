package org.peerplanner.domain.help;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamHelpRulesRepository extends JpaRepository<TeamHelpRules, Long> {
}
