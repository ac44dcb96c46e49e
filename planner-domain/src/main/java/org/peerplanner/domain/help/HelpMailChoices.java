package org.peerplanner.domain.help;

import org.peerplanner.domain.access.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own choice: a mail per help request, or one digest a day. */
@Service
@Transactional(readOnly = true)
public class HelpMailChoices {

    private final HelpMailChoiceRepository choices;

    HelpMailChoices(HelpMailChoiceRepository choices) {
        this.choices = choices;
    }

    public boolean dailyDigest(Actor actor) {
        return choices.findById(actor.personId()).map(HelpMailChoice::isDailyDigest).orElse(false);
    }

    @Transactional
    public void chooseDailyDigest(Actor actor, boolean digest) {
        choices.findById(actor.personId()).ifPresentOrElse(c -> c.choose(digest),
                () -> choices.save(new HelpMailChoice(actor.personId(), digest)));
    }
}
