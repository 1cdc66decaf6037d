package org.praxis.notifications.internal;

import org.praxis.platform.CurrentUser;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person's inbox. Everyone signed in has one, and sees and changes only their own notifications:
 * anyone else's looks as if it did not exist.
 */
@Service
@Transactional
public class NotificationService {

    /** The most notifications one page of the inbox asks for. */
    public static final int PAGE_MAX = 200;

    private final JooqNotificationRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(JooqNotificationRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many of the signed-in person's notifications are unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return repository.count(me(), true);
    }

    /** The signed-in person's notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> inbox(int offset, int limit) {
        return repository.inbox(me(), false, Math.max(0, offset), Math.clamp(limit, 0, PAGE_MAX));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count() {
        return repository.count(me(), false);
    }

    /** The newest unread notifications of the signed-in person (for the dashboard). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> latestUnread(int limit) {
        return repository.inbox(me(), true, 0, Math.clamp(limit, 0, PAGE_MAX));
    }

    /** Marks one of the signed-in person's notifications read; someone else's is "not found". */
    @PreAuthorize("isAuthenticated()")
    public void markRead(UUID notificationId) {
        own(notificationId);
        repository.markRead(notificationId, me(), OffsetDateTime.now(clock));
    }

    /** Marks all the signed-in person's notifications read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return repository.markAllRead(me(), OffsetDateTime.now(clock));
    }

    /**
     * Opens a notification: marks it read and returns where it leads (a route path). Someone else's
     * is "not found".
     */
    @PreAuthorize("isAuthenticated()")
    public String open(UUID notificationId) {
        NotificationView notification = own(notificationId);
        repository.markRead(notificationId, me(), OffsetDateTime.now(clock));
        return notification.link();
    }

    private NotificationView own(UUID notificationId) {
        return repository.findFor(notificationId, me())
                .orElseThrow(() -> new NotFoundException("notifications.error.not-found"));
    }

    private PersonId me() {
        return currentUser.require().personId();
    }
}
