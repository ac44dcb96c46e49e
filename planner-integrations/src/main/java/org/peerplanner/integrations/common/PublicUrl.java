package org.peerplanner.integrations.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where people reach this planner ({@code planner.public-url}, or the environment variable {@code PLANNER_PUBLIC_URL}):
 * invites, reminders and calendar feeds link back to pages under it, so it must be the address people type, not
 * the one the app listens on behind a proxy. Shared by the calendar and mail features (and the web's subscription
 * links), hence here.
 *
 * @param publicUrl an absolute http(s) URL; trailing slashes are dropped so links never read {@code //sessions}
 */
@ConfigurationProperties("planner")
@Validated
public record PublicUrl(
        @DefaultValue("http://localhost:8080") @NotBlank
        @Pattern(regexp = "https?://[^/?#\\s]+(/\\S*)?",
                message = "must be an absolute http(s) URL such as https://planner.example.com")
        String publicUrl) {

    public PublicUrl {
        publicUrl = publicUrl == null ? null : publicUrl.strip().replaceAll("/+$", "");
    }

    /** The public address of a page of the app, e.g. {@code to("/action-items")}. */
    public String to(String path) {
        return publicUrl + path;
    }
}
