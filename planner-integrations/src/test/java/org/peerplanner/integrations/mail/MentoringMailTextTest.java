package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.mentoring.MentoringMail;
import org.peerplanner.integrations.common.PublicUrl;

/** A mentoring mail is read outside the app: its link is the planner's public address, not a bare path. */
class MentoringMailTextTest {

    final MentoringMailer mailer = new MentoringMailer(null, null, null, Clock.systemUTC(),
            new PublicUrl("https://planner.example.com/"), Optional.empty());

    @Test
    void theLinkIsAbsoluteUnderThePublicUrl() {
        var mail = new MentoringMail("mentoring-request:7", "Jonas Weber", "jonas@example.com",
                "Tomás García asks you to mentor them in Kafka",
                "Hello Jonas Weber,\n\nTomás García asks you to mentor them in Kafka\n", "/my-mentoring");

        assertThat(mailer.text(mail)).isEqualTo("Hello Jonas Weber,\n\nTomás García asks you to mentor them in Kafka\n"
                + "\nOpen Peer Planner: https://planner.example.com/my-mentoring\n");
    }

    @Test
    void withoutALinkTheMessageEndsWithItsText() {
        var mail = new MentoringMail("mentorship:3", "Jonas Weber", "jonas@example.com", "Ended", "Hello.\n", null);

        assertThat(mailer.text(mail)).isEqualTo("Hello.\n");
    }
}
