package org.peerplanner.web.common;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;

/** The app's file downloads: a link with a download icon whose file is made when it is clicked, and file names. */
public final class DownloadLinks {

    private DownloadLinks() {
    }

    public static Anchor link(String text, DownloadHandler handler) {
        var anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-right", "var(--lumo-space-xs)");
        anchor.addComponentAsFirst(icon);
        return anchor;
    }

    /** "Payments Platform" → "payments-platform": safe in a file name on every system. */
    public static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
