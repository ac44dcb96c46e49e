package org.peerplanner.web.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.layout.MainLayout;

/**
 * An id in the address that does not fit a number ({@code /knowledge/99999999999999999999}) fails when a screen reads
 * its route parameter ({@code RouteParameters.getLong}); that is a record that cannot exist, so it answers "not
 * found" like any missing one, in this one place for every screen, instead of an error page naming the exception.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Peer Planner")
@PermitAll
public class BadAddressView extends Div implements HasErrorParameter<NumberFormatException> {

    public BadAddressView() {
        addClassNames("planner-page", "planner-card");
        setId("page-not-found");
        add(new H2(PageNotFoundView.TITLE), new Paragraph(PageNotFoundView.TEXT),
                new RouterLink("Go to the home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
