package org.peerplanner.web.home;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.recognition.NextStep;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.web.recognition.NextStepPanel;

/** "Your next step" on Home: one concrete suggestion from where the person stands in the team they look at. */
class NextStepCard extends HomeCard {

    NextStepCard(NextStep step, Actor actor, FacilitationService facilitation) {
        super("Your next step", "next-step-card");
        add(new NextStepPanel(step, actor, facilitation));
    }
}
