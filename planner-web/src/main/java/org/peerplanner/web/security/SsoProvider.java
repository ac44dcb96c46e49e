package org.peerplanner.web.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The company's provider as Spring Security's client sees it, read from its discovery document on first use rather
 * than at start-up: a provider that is down while Peer Planner starts delays single sign-on, not the whole app (and
 * not form sign-in). Until it answers, every attempt asks it again.
 */
final class SsoProvider implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "sso";
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private final SsoSettings settings;
    private volatile ClientRegistration registration;

    SsoProvider(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        var builder = ClientRegistrations.fromOidcIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientName(settings.providerName())
                .clientId(settings.clientId())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(settings.scopes())
                // PKCE for a confidential client too: a stolen authorization code is useless without the verifier
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (settings.clientSecret().isBlank()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(settings.clientSecret());
        }
        return builder.build();
    }
}
