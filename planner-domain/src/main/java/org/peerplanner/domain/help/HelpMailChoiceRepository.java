package org.peerplanner.domain.help;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpMailChoiceRepository extends JpaRepository<HelpMailChoice, Long> {
}
