package org.peerplanner.web.security;

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

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Peer Planner")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_PASSWORD = "The email or password is not right. Check them and try again.";
    static final String LOCKED = "Too many failed sign-ins for this email address. Wait 15 minutes, then try again.";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
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
        var card = new Div(form);
        card.addClassName("planner-card");
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
