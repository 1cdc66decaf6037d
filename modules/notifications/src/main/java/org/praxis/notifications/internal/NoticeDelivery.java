package org.praxis.notifications.internal;

import org.praxis.platform.PersonId;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.platform.notices.NoticeResolved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Puts the notices other modules ask for ({@link NoticeRequested}, the platform's contract) into people's
 * inboxes. This module knows no feature module: each one decides itself whom to tell, in which words
 * (a key of its own bundle) and where the link goes (docs/adr/0010).
 *
 * <p>The audience is resolved to people here, when the notice is delivered, from this module's read model
 * of people and roles: named people are told as they are (even before identity's events about them have
 * arrived), role holders are those holding the role now, in the organisation if one is given; someone in
 * several parts of the audience is told once. The notice key makes delivery idempotent: a person never
 * gets two notifications with the same key, so a redelivered notice adds nothing.
 *
 * <p>A {@link NoticeResolved} (the task is done) marks the notice as read for everyone, or for the people it
 * names, so the bell counts only what still waits for them.
 */
@Component
class NoticeDelivery {

    private final JooqNotificationRepository people;
    private final NotificationWriter inbox;

    NoticeDelivery(JooqNotificationRepository people, NotificationWriter inbox) {
        this.people = people;
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(NoticeRequested notice) {
        deliver(notice);
    }

    @ApplicationModuleListener
    void on(NoticeResolved resolved) {
        resolve(resolved);
    }

    /** Marks the resolved notices as dealt with (read) for their audience; returns how many were still waiting. */
    int resolve(NoticeResolved resolved) {
        Audience audience = resolved.audience();
        return inbox.resolve(resolved.noticeKey(), resolved.keyIsPrefix(), audience == null ? null : recipients(audience));
    }

    /** Adds the notice to every person of its audience who does not have it yet; returns how many were added. */
    int deliver(NoticeRequested notice) {
        return inbox.notify(notice.noticeKey(), recipients(notice.audience()), notice.messageKey(),
                notice.arguments().stream().map(MessageArgument::of).toList(), notice.link());
    }

    /** The people the audience means today: the named people and the role holders, each once. */
    Set<PersonId> recipients(Audience audience) {
        Set<PersonId> recipients = new LinkedHashSet<>(audience.people());
        for (Audience.RoleHolders holders : audience.roleHolders()) {
            recipients.addAll(holders.organisation() == null
                    ? people.holdersOf(holders.role())
                    : people.holdersOf(holders.role(), holders.organisation()));
        }
        return recipients;
    }
}
