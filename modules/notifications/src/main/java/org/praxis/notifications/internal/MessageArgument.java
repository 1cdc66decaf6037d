package org.praxis.notifications.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One argument of a notification's message, stored as {@code kind:value} so that the message can be
 * written in the reader's language when it is shown: plain text stays as it is (a title, a name),
 * a key is translated (a role, a status), a date is formatted for the reader.
 */
public record MessageArgument(Kind kind, String value) {

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
