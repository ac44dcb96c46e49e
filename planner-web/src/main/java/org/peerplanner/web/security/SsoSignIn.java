package org.peerplanner.web.security;

import java.util.Collection;
import java.util.List;
import org.peerplanner.domain.people.SignInService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who a person the provider vouches for is in Peer Planner: matched by their verified email only, refused when
 * nobody has it (unless unknown people may join), an administrator when the provider puts them in the
 * administrator group. Each refusal has its own reason, which the login page explains ({@link LoginView}).
 */
final class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_EMAIL = "no_email";
    static final String EMAIL_NOT_VERIFIED = "email_not_verified";
    static final String UNKNOWN_PERSON = "unknown_person";

    private static final Logger LOG = LoggerFactory.getLogger(SsoSignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final SignInService people;
    private final SsoSettings settings;

    SsoSignIn(SignInService people, SsoSettings settings) {
        this.people = people;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        String email = vouched.getClaimAsString(settings.emailClaim());
        if (email == null || email.isBlank()) {
            throw refused(NO_EMAIL, "The provider sent no " + settings.emailClaim() + " claim");
        }
        if (!isTrue(vouched.getClaims().get(settings.emailVerifiedClaim()))) {
            throw refused(EMAIL_NOT_VERIFIED, "The provider has not verified the email");
        }
        Boolean administrator = settings.groupDecidesAdministrators()
                ? groups(vouched).contains(settings.administratorGroup()) : null;
        var account = people.signInVouchedFor(new SignInService.VouchedPerson(email, vouched.getFullName(),
                administrator, settings.createUnknownPeople()))
                .orElseThrow(() -> refused(UNKNOWN_PERSON, "No person has the provider's email"));
        people.recordSignIn(account.personId()); // as a form sign-in does: mentoring notices a mentor who stays away
        return new SsoUser(PlannerUser.of(account, false), vouched.getIdToken(), vouched.getUserInfo());
    }

    /** A boolean claim, which some providers send as the string "true". */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(String.valueOf(claim));
    }

    /** A list of groups, or one group as a plain string. */
    private Collection<String> groups(OidcUser vouched) {
        Object claim = vouched.getClaims().get(settings.groupsClaim());
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refused(String reason, String detail) {
        // the reason only: an email is personal data
        LOG.info("Single sign-on refused: {}", reason);
        return new OAuth2AuthenticationException(new OAuth2Error(reason, detail, null));
    }
}
