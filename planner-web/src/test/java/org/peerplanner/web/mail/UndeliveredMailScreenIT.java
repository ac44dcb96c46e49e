package org.peerplanner.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.action.MyActionItemsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Administrators find mail the outbox gave up on, with the server's last answer, and send it again. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class UndeliveredMailScreenIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String subject = "Reminder: Share the slides " + System.nanoTime();

    @AfterEach
    void removeTheMessage() {
        jdbc.update("delete from mail_outbox where subject = ?", subject);
    }

    @Test
    @WithUserDetails("riley@example.com")
    void anAdministratorSeesDeadMailWithItsLastErrorAndSendsItAgain() {
        long id = deadMessage();

        var view = navigate(UndeliveredMailView.class);
        var grid = test(view.grid);
        int row = IntStream.range(0, grid.size()).filter(r -> grid.getCellText(r, 2).equals(subject)).findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(row, 1)).isEqualTo("Zoë Ångström <zoe@example.com>");
        assertThat(grid.getCellText(row, 4)).isEqualTo("SMTPAddressFailedException: 550 5.1.1 Mailbox unavailable");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::title).contains("Undelivered mail");

        test((Button) grid.getCellComponent(row, 5)).click();

        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id))
                .isEqualTo("PENDING");
        assertThat(IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, 2))).doesNotContain(subject);
    }

    @Test
    @WithUserDetails("maria@example.com")
    void managersAndMembersHaveNoSuchMenuEntry() {
        navigate(MyActionItemsView.class);

        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::title)
                .contains("My action items").doesNotContain("Undelivered mail");
    }

    /** A reminder the server refused eight times, as the outbox sender leaves it. */
    private long deadMessage() {
        LocalDateTime queued = LocalDateTime.of(2030, 1, 7, 9, 0);
        jdbc.update("""
                insert into mail_outbox (message_id, stream_key, purpose, recipient_name, recipient_email, subject,
                    body_text, status, attempts, next_attempt_at, last_error, last_attempt_at, created_at)
                values (?, 'action-item:1 zoe@example.com', 'Action item reminder', 'Zoë Ångström', 'zoe@example.com',
                    ?, 'Hello', 'DEAD', 8, ?, 'SMTPAddressFailedException: 550 5.1.1 Mailbox unavailable', ?, ?)
                """, "<" + System.nanoTime() + "@peer-planner>", subject, queued.plusHours(2), queued.plusHours(2), queued);
        return jdbc.queryForObject("select id from mail_outbox where subject = ?", Long.class, subject);
    }
}
