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
 * @param audience   who to tell; an empty audience tells nobody
 * @param messageKey the message, from your module's own bundle (so prefixed with your module's name), with
 *                   placeholders {0}, {1}, ...; at most 120 characters
 * @param arguments  the values of the placeholders, in order
 * @param link       where the notice leads: a route inside the application, without a leading slash
 *                   (e.g. {@code learning/sessions/42}; empty for the home page); at most 300 characters
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
        if (messageKey.isBlank() || messageKey.length() > 120) {
            throw new IllegalArgumentException("A message key has 1 to 120 characters: " + messageKey);
        }
        if (link.length() > 300 || link.startsWith("/") || link.contains("://")) {
            throw new IllegalArgumentException("A link is a route inside the application, at most 300 characters, "
                    + "without a leading slash: " + link);
        }
        arguments = List.copyOf(arguments);
    }

    public static NoticeRequested of(String noticeKey, Audience audience, String messageKey, String link,
                                     NoticeArgument... arguments) {
        return new NoticeRequested(noticeKey, audience, messageKey, List.of(arguments), link);
    }
}
