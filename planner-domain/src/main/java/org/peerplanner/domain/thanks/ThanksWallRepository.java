package org.peerplanner.domain.thanks;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThanksWallRepository extends JpaRepository<ThanksWall, Long> {
}
