package org.praxis.platform.notices;

import java.util.List;
import java.util.Objects;

/**
 * A module asks for people to be told something. Publish it inside the transaction that records the
 * fact, next to the module's own event; the notifications module delivers it after the commit.
 *
 * @param noticeKey  identifies the fact told, unique across the application and the same when the fact
 *                   is told again (a redelivered event): prefix it with your module's name, e.g.
 *                   {@code learning:application-selected:<id>}. Notifications never delivers one key twice to
 *                   the same person.
 * @param audience   who to tell
 * @param messageKey the message, from your module's own bundle, with placeholders {0}, {1}, ...
 * @param arguments  the values of the placeholders, in order
 * @param link       where the notice leads, a route inside the application (e.g. {@code learning/sessions/42})
 */
public record NoticeRequested(String noticeKey, Audience audience, String messageKey, List<NoticeArgument> arguments,
                              String link) {

    public NoticeRequested {
        Objects.requireNonNull(noticeKey, "noticeKey");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(link, "link");
        if (noticeKey.isBlank() || noticeKey.length() > 200) {
            throw new IllegalArgumentException("A notice key has 1 to 200 characters: " + noticeKey);
        }
        arguments = List.copyOf(arguments);
    }

    public static NoticeRequested of(String noticeKey, Audience audience, String messageKey, String link,
                                     NoticeArgument... arguments) {
        return new NoticeRequested(noticeKey, audience, messageKey, List.of(arguments), link);
    }
}
