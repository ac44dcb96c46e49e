package org.peerplanner.web.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.notification.NotificationView;

/**
 * The bell in the header: the unread count on it (and in its accessible name), and on a click the newest
 * notifications, unread ones marked, each leading to its subject. The count is read again on every navigation.
 */
public class NotificationBell extends Div {

    final Button bell = new Button(new Icon(VaadinIcon.BELL));
    final Span count = new Span();
    final Button markAllRead = new Button("Mark all read");
    final Div list = new Div();
    final Popover popover = new Popover();

    private final NotificationService notifications;
    private final Actor actor;
    private final Clock clock;

    public NotificationBell(NotificationService notifications, Actor actor, Clock clock) {
        this.notifications = notifications;
        this.actor = actor;
        this.clock = clock;
        addClassName("planner-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.addClassName("planner-bell-count");
        count.getElement().setAttribute("aria-hidden", "true"); // the button's name says it already
        markAllRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            notifications.markAllRead(actor);
            refresh();
            showList();
        });
        var heading = new H4("Notifications");
        heading.setId("notifications-heading");
        var top = new Div(heading, markAllRead);
        top.addClassName("planner-bell-top");
        list.addClassName("planner-bell-list");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabelledBy("notifications-heading");
        popover.setWidth("min(22rem, 92vw)");
        popover.add(top, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        add(bell, count, popover);
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        long unread = notifications.unreadCount(actor);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        markAllRead.setEnabled(unread > 0);
    }

    public void close() {
        popover.close();
    }

    void showList() {
        list.removeAll();
        var recent = notifications.recent(actor, 0);
        if (recent.isEmpty()) {
            list.add(new Paragraph("Nothing yet. When a session asks something of you, it shows here."));
        }
        recent.forEach(n -> list.add(item(n)));
    }

    private NativeButton item(NotificationView n) {
        var title = new Span(n.title());
        title.addClassName("planner-bell-title");
        var when = new Span(ago(n.created()));
        when.addClassName("planner-muted");
        var item = new Div(title);
        if (n.detail() != null) {
            var detail = new Span(n.detail());
            detail.addClassName("planner-muted");
            item.add(new Div(detail));
        }
        item.add(new Div(when));
        item.addClassName("planner-bell-item");
        if (n.unread()) {
            item.addClassName("unread");
            title.getElement().setAttribute("aria-label", "Unread: " + n.title());
        }
        // A native button: reachable with the keyboard; it marks the notification read, then opens its subject.
        var entry = new NativeButton();
        entry.add(item);
        entry.addClassName("planner-bell-entry");
        entry.addClickListener(e -> open(n));
        return entry;
    }

    void open(NotificationView n) {
        if (n.unread()) {
            notifications.markRead(actor, n.id());
        }
        popover.close();
        refresh();
        if (n.link() != null) {
            UI.getCurrent().navigate(n.link());
        }
    }

    private String ago(Instant created) {
        Duration age = Duration.between(created, clock.instant());
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + (age.toHours() == 1 ? " hour ago" : " hours ago");
        }
        return age.toDays() + (age.toDays() == 1 ? " day ago" : " days ago");
    }
}
