package org.peerplanner.web.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Single sign-on through the company's OpenID Connect provider (README, "Single sign-on"). Off while
 * {@code issuerUri} is empty: then only the sign-in form exists, exactly as before.
 *
 * @param issuerUri           the provider's issuer, whose {@code /.well-known/openid-configuration} describes it
 * @param clientId            Peer Planner's client id at the provider
 * @param clientSecret        its secret; empty for a public client (PKCE alone)
 * @param providerName        how the sign-in button names the provider ("Sign in with …")
 * @param scopes              what Peer Planner asks for; {@code openid} and {@code email} are needed
 * @param emailClaim          the claim that holds a person's email
 * @param emailVerifiedClaim  the claim that says the provider verified that email; people are matched only by a
 *                            verified email, so nobody takes over an account by typing someone else's address
 * @param groupsClaim         the claim that lists a person's groups (a list or a single value)
 * @param administratorGroup  the group whose members are administrators, decided again at every sign-in; empty
 *                            means the role is managed in Peer Planner only
 * @param createUnknownPeople whether a verified email that belongs to nobody joins as a person in no team, instead
 *                            of being refused
 * @param formSignIn          whether the email-and-password form is offered too; switch it off when everybody
 *                            signs in through the provider
 */
@ConfigurationProperties("planner.sso")
@Validated
public record SsoSettings(@DefaultValue("") @NotNull String issuerUri,
                          @DefaultValue("") @NotNull String clientId,
                          @DefaultValue("") @NotNull String clientSecret,
                          @DefaultValue("your company account") @NotBlank String providerName,
                          @DefaultValue({"openid", "profile", "email"}) @NotNull List<String> scopes,
                          @DefaultValue("email") @NotBlank String emailClaim,
                          @DefaultValue("email_verified") @NotBlank String emailVerifiedClaim,
                          @DefaultValue("groups") @NotBlank String groupsClaim,
                          @DefaultValue("") @NotNull String administratorGroup,
                          @DefaultValue("false") boolean createUnknownPeople,
                          @DefaultValue("true") boolean formSignIn) {

    public boolean enabled() {
        return !issuerUri.isBlank();
    }

    /** Whether the provider's group decides the administrator role. */
    boolean groupDecidesAdministrators() {
        return !administratorGroup.isBlank();
    }

    @AssertTrue(message = "planner.sso.client-id is needed when planner.sso.issuer-uri is set")
    boolean isClientIdGivenWhenEnabled() {
        return !enabled() || !clientId.isBlank();
    }

    @AssertTrue(message = "planner.sso.scopes must include openid: Peer Planner signs people in with OpenID Connect")
    boolean isOpenIdAsked() {
        return !enabled() || scopes.contains("openid");
    }

    @AssertTrue(message = "planner.sso.form-sign-in=false needs planner.sso.issuer-uri: otherwise nobody could sign in")
    boolean isSomeSignInLeft() {
        return formSignIn || enabled();
    }
}
