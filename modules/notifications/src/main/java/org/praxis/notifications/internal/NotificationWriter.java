package org.praxis.notifications.internal;

import org.praxis.notifications.internal.JooqNotificationRepository.EmailState;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Adds notifications to people's inboxes, once per event and person, and — when email is on —
 * hands the new ones to the {@link EmailOutbox} after the transaction commits, so an email never
 * goes out for a notification that was rolled back, and a failed email never undoes one.
 */
@Component
class NotificationWriter {

    private final JooqNotificationRepository repository;
    private final ObjectProvider<EmailOutbox> email;
    private final Clock clock;

    NotificationWriter(JooqNotificationRepository repository, ObjectProvider<EmailOutbox> email, Clock clock) {
        this.repository = repository;
        this.email = email;
        this.clock = clock;
    }

    /**
     * Notifies each recipient unless they were already notified of this event.
     *
     * @param eventKey the event's identity, e.g. {@code agreement-proposed:<id>:v2}
     * @return how many notifications were added (0 when the event was delivered before)
     */
    int notify(String eventKey, Collection<PersonId> recipients, String messageKey, List<MessageArgument> arguments,
               String link) {
        EmailOutbox outbox = email.getIfAvailable();
        EmailState emailState = outbox == null ? EmailState.OFF : EmailState.PENDING;
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> added = new ArrayList<>();
        for (PersonId recipient : recipients) {
            repository.insertOnce(eventKey, recipient, messageKey, arguments, link, now, emailState)
                    .ifPresent(added::add);
        }
        if (outbox != null && !added.isEmpty()) {
            afterCommit(() -> outbox.send(added));
        }
        return added.size();
    }

    /**
     * Marks the notifications of this event (or of every event starting with the key) as read, for everyone
     * or only for these recipients; returns how many were still unread.
     */
    int resolve(String eventKey, boolean keyIsPrefix, @Nullable Collection<PersonId> recipients) {
        return repository.markResolved(eventKey, keyIsPrefix, recipients, OffsetDateTime.now(clock));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
