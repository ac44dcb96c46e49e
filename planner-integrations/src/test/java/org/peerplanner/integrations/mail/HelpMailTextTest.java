package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.help.HelpMail;
import org.peerplanner.integrations.common.PublicUrl;

/** A help mail (one message or the daily digest) is read outside the app: its links are absolute. */
class HelpMailTextTest {

    final HelpMailer mailer = new HelpMailer(null, new PublicUrl("https://planner.example.com/"), Optional.empty());

    @Test
    void everyLinkOfTheDigestPointsUnderThePublicUrl() {
        var mail = new HelpMail("help-digest:4", "Jonas Weber", "jonas@example.com", "Help requests: 2 updates",
                "Hello Jonas Weber,\n\n- Tomás answered — " + HelpMail.APP + "/help/7\n- Solved — " + HelpMail.APP
                        + "/help/9\n");

        assertThat(mailer.text(mail)).isEqualTo("Hello Jonas Weber,\n\n"
                + "- Tomás answered — https://planner.example.com/help/7\n"
                + "- Solved — https://planner.example.com/help/9\n");
    }
}
