package org.peerplanner.web.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator made on the first start outside demo mode ({@link InitialAdministrator}).
 *
 * @param email           their sign-in email ({@code PLANNER_ADMIN_EMAIL})
 * @param name            how the app shows them
 * @param initialPassword their first password ({@code PLANNER_ADMIN_PASSWORD}); empty means one is generated and
 *                        printed once to the log, so there is never a default password
 */
@ConfigurationProperties("planner.admin")
@Validated
public record AdministratorSettings(@DefaultValue("admin@peerplanner.local") @NotBlank @Email String email,
                                    @DefaultValue("Administrator") @NotBlank String name,
                                    @DefaultValue("") @NotNull String initialPassword) {
}
