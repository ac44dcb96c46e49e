package org.peerplanner.web.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.layout.MainLayout;

/**
 * The app's own "page not found", inside the main layout so the menu stays: for an address that names no screen,
 * and (through {@link BadAddressView}) for one whose id is not a number the app could ever have given out.
 * Replaces Vaadin's default, which names the routes and, in development, the exception.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Peer Planner")
@PermitAll
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    static final String TITLE = "Page not found";
    static final String TEXT = "There is nothing at this address. It may have been mistyped, or the link is out of date.";

    public PageNotFoundView() {
        addClassNames("planner-page", "planner-card");
        setId("page-not-found");
        add(new H2(TITLE), new Paragraph(TEXT), new RouterLink("Go to the home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
