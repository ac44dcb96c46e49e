package org.peerplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerplanner.domain.calendar.FeedSettings;
import org.peerplanner.domain.mail.OutboxSettings;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.common.PublicUrl;
import org.peerplanner.integrations.mail.ReminderSettings;
import org.peerplanner.web.calendar.FeedCacheSettings;
import org.peerplanner.web.security.AdministratorSettings;
import org.peerplanner.web.security.SignInSettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The planner.* settings as an operator meets them: the app's application.properties bound to the typed records,
 * the defaults when nothing is set, and a start that stops with the property, its value and the reason when one is
 * wrong. Values come as command-line arguments, which outrank application.properties as they do for an
 * operator. Only the settings start here (no database, no server), through SpringApplication so the message checked
 * is the one printed at start-up.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsIT {

    /** Every settings record of the app, found the way the app finds them. */
    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("org.peerplanner")
    static class SettingsOnly {
    }

    @Test
    void withNothingSetEverySettingHasItsDefault() {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(PublicUrl.class).publicUrl()).isEqualTo("http://localhost:8080");
            assertThat(app.getBean(AdministratorSettings.class))
                    .isEqualTo(new AdministratorSettings("admin@peerplanner.local", "Administrator", ""));
            assertThat(app.getBean(SignInSettings.class)).isEqualTo(new SignInSettings(5, 25, 15));
            assertThat(app.getBean(FeedSettings.class)).isEqualTo(new FeedSettings(90, 30));
            assertThat(app.getBean(FeedCacheSettings.class)).isEqualTo(new FeedCacheSettings(64));
            assertThat(app.getBean(MailSettings.class))
                    .isEqualTo(new MailSettings("noreply@peerplanner.local", Duration.ofSeconds(15)));
            assertThat(app.getBean(OutboxSettings.class)).isEqualTo(new OutboxSettings(8, Duration.ofMinutes(1),
                    Duration.ofHours(1), Duration.ofMinutes(2)));
            assertThat(app.getBean(ReminderSettings.class))
                    .isEqualTo(new ReminderSettings(3, "0 5 * * * *", Duration.ofMinutes(10)));
        }
    }

    @Test
    void theKeysOperatorsAlreadySetStillBind() {
        try (ConfigurableApplicationContext app = start("planner.public-url=https://planner.example.com/",
                "planner.admin.email=ops@example.com", "planner.admin.initial-password=first-Secret-1",
                "planner.sign-in.max-failures=3", "planner.sign-in.max-failures-per-address=9",
                "planner.sign-in.lock-minutes=30", "planner.feed.past-days=10", "planner.feed.cancelled-days=5",
                "planner.feed.cache-megabytes=8", "planner.mail.from=planner@example.com",
                "planner.reminders.cron=-")) {
            PublicUrl url = app.getBean(PublicUrl.class);
            assertThat(url.to("/sessions/7")).isEqualTo("https://planner.example.com/sessions/7");
            assertThat(app.getBean(AdministratorSettings.class))
                    .isEqualTo(new AdministratorSettings("ops@example.com", "Administrator", "first-Secret-1"));
            assertThat(app.getBean(SignInSettings.class)).isEqualTo(new SignInSettings(3, 9, 30));
            assertThat(app.getBean(FeedSettings.class)).isEqualTo(new FeedSettings(10, 5));
            assertThat(app.getBean(FeedCacheSettings.class).cacheMegabytes()).isEqualTo(8);
            assertThat(app.getBean(MailSettings.class).from()).isEqualTo("planner@example.com");
            assertThat(app.getBean(ReminderSettings.class).cron()).isEqualTo("-");
        }
    }

    @Test
    void aPublicUrlThatIsNotAnAbsoluteHttpUrlStopsTheStartAndSaysWhy(CapturedOutput output) {
        assertThatThrownBy(() -> start("planner.public-url=planner.example.com")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START", "planner.public-url", "planner.example.com",
                "must be an absolute http(s) URL such as https://planner.example.com");
    }

    @Test
    void aNegativeLimitStopsTheStartAndSaysWhy(CapturedOutput output) {
        assertThatThrownBy(() -> start("planner.sign-in.max-failures=-1")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START", "planner.sign-in.max-failures", "-1",
                "must be greater than 0");
    }

    @Test
    void aBrokenReminderScheduleStopsTheStartAndSaysWhy(CapturedOutput output) {
        assertThatThrownBy(() -> start("planner.reminders.cron=every hour")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START",
                "planner.reminders.cron must be a cron expression");
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off")
                .run(java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
    }
}
