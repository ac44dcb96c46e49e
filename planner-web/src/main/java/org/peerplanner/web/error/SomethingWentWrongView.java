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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a screen: the person gets an id to quote, the log gets the exception. Replaces
 * Vaadin's default error page, which names the Java exception (and its message) to whoever opened the address.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · Peer Planner")
@PermitAll
public class SomethingWentWrongView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(SomethingWentWrongView.class);
    private final Paragraph text = new Paragraph();

    public SomethingWentWrongView() {
        addClassNames("planner-page", "planner-card");
        setId("something-went-wrong");
        add(new H2("Something went wrong"), text, new RouterLink("Go to the home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = Long.toString(System.nanoTime(), 36);
        LOG.error("Error {} opening {}", id, event.getLocation().getPath(), parameter.getCaughtException());
        text.setText("This page could not be opened and nothing was changed. If it happens again, quote error " + id + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
