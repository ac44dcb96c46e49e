package org.peerplanner.web.common;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The safety net behind every screen: a rule the domain enforced becomes its own message; anything
 * unexpected is logged with an id the person can quote, and the screen stays usable.
 */
@Component
class UnexpectedErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootDomainCause(event.getThrowable());
        String message;
        if (cause instanceof NotFoundException || cause instanceof NotPermittedException
                || cause instanceof ConflictException || cause instanceof InvalidInputException) {
            message = cause.getMessage();
        } else {
            String id = Long.toString(System.nanoTime(), 36);
            LOG.error("Unexpected error {}", id, event.getThrowable());
            message = "Something went wrong and nothing was saved. If it happens again, quote error " + id + ".";
        }
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notices.problem(message));
        }
    }

    private static Throwable rootDomainCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getPackageName().startsWith("org.peerplanner.domain")) {
                return c;
            }
        }
        return t;
    }
}
