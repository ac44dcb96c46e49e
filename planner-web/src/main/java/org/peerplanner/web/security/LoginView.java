package org.peerplanner.web.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Peer Planner")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_PASSWORD = "The email or password is not right. Check them and try again.";
    static final String LOCKED = "Too many failed sign-ins for this email address. Wait 15 minutes, then try again.";
    /** Why the company's provider could not sign someone in here, by the reason {@link SsoSignIn} gives. */
    static final Map<String, String> SSO_REFUSALS = Map.of(
            SsoSignIn.UNKNOWN_PERSON, "Your company account is fine, but nobody in Peer Planner has its email address. "
                    + "Ask your team's manager or an administrator to add you, then sign in again.",
            SsoSignIn.EMAIL_NOT_VERIFIED, "Your company account has not verified your email address, so Peer Planner "
                    + "cannot tell who you are. Verify the address with your company's sign-in service, then try again.",
            SsoSignIn.NO_EMAIL, "Your company account did not tell Peer Planner your email address. Ask your "
                    + "administrator to share it with Peer Planner.",
            "failed", "Signing in with your company account did not work. Try again; if it keeps failing, tell your "
                    + "administrator.");

    private final LoginForm form = new LoginForm();
    private final Paragraph refusal = new Paragraph();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication, SsoSettings sso) {
        this.authentication = authentication;
        addClassName("planner-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(WRONG_PASSWORD));

        var title = new H1("Peer Planner");
        title.getStyle().set("margin-bottom", "0");
        var tagline = new Paragraph("Learn from each other, on a steady rhythm.");
        tagline.addClassName("planner-muted");
        refusal.setId("sso-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("planner-sso-refusal");
        refusal.setVisible(false);
        var card = new Div(refusal);
        card.addClassName("planner-card");
        if (sso.enabled()) {
            // a plain link, not a route: the browser leaves for the provider and comes back signed in
            var withProvider = new Anchor(SsoProvider.SIGN_IN_PATH, "Sign in with " + sso.providerName());
            withProvider.setId("sso-sign-in");
            withProvider.setRouterIgnore(true);
            withProvider.addClassName("planner-sso-button");
            card.add(withProvider);
        }
        if (sso.formSignIn()) {
            card.add(form);
        }
        add(title, tagline, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            form.setI18n(texts(LOCKED));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
        parameters.getOrDefault("sso", java.util.List.of()).stream().findFirst().ifPresent(reason -> {
            refusal.setText(SSO_REFUSALS.getOrDefault(reason, SSO_REFUSALS.get("failed")));
            refusal.setVisible(true);
        });
    }

    private static LoginI18n texts(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
