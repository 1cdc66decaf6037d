package org.praxis.notifications.internal;

import org.praxis.platform.notices.NoticeArgument;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One argument of a notification's message, stored as {@code kind:value} so that the message can be
 * written in the reader's language when it is shown: plain text stays as it is (a title, a name),
 * a key is translated (a role, a status), a date is formatted for the reader.
 */
public record MessageArgument(Kind kind, String value) {

    /** The longest text kept for one argument: the stored form has room for 1000 characters. */
    static final int TEXT_MAX = 990;

    public enum Kind {
        TEXT,
        KEY,
        DATE
    }

    public MessageArgument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static MessageArgument text(String value) {
        return new MessageArgument(Kind.TEXT, value);
    }

    public static MessageArgument key(String i18nKey) {
        return new MessageArgument(Kind.KEY, i18nKey);
    }

    public static MessageArgument date(LocalDate date) {
        return new MessageArgument(Kind.DATE, date.toString());
    }

    /**
     * A notice's argument as this module keeps it: text as it is (cut to {@link #TEXT_MAX} characters, so
     * an overlong name can never stop a notice from being delivered), a message key translated when shown,
     * an ISO date formatted for the reader.
     */
    static MessageArgument of(NoticeArgument argument) {
        return switch (argument.kind()) {
            case TEXT -> text(argument.value().length() <= TEXT_MAX ? argument.value()
                    : argument.value().substring(0, TEXT_MAX - 1) + "…");
            case MESSAGE_KEY -> key(argument.value());
            case DATE -> new MessageArgument(Kind.DATE, argument.value());
        };
    }

    /** The stored form, e.g. {@code key:platform.role.ADMIN}. */
    String encode() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + value;
    }

    static MessageArgument decode(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            return text(stored);
        }
        String kind = stored.substring(0, colon).toUpperCase(java.util.Locale.ROOT);
        String value = stored.substring(colon + 1);
        return switch (kind) {
            case "KEY" -> key(value);
            case "DATE" -> new MessageArgument(Kind.DATE, value);
            case "TEXT" -> text(value);
            default -> text(stored);
        };
    }
}
