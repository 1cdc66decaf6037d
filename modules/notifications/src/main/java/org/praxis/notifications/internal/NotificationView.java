package org.praxis.notifications.internal;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One notification as its reader sees it. The message is a key with arguments, written out in the
 * reader's language by {@link NotificationText}.
 *
 * @param link route path inside Praxis (e.g. {@code requests/<id>}); empty for the home page
 */
public record NotificationView(UUID id, String messageKey, List<MessageArgument> arguments, String link,
                               OffsetDateTime createdAt, @Nullable OffsetDateTime readAt) {

    public NotificationView {
        arguments = List.copyOf(arguments);
    }

    public boolean unread() {
        return readAt == null;
    }
}
