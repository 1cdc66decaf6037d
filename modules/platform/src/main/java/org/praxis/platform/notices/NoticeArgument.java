package org.praxis.platform.notices;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value for a placeholder of a notice's message: plain text (a title, a name), a message key
 * (translated when the notice is shown, e.g. a role's label) or a date (written in the reader's style).
 */
public record NoticeArgument(Kind kind, String value) {

    public enum Kind {
        TEXT, MESSAGE_KEY, DATE
    }

    public NoticeArgument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static NoticeArgument text(String text) {
        return new NoticeArgument(Kind.TEXT, text);
    }

    public static NoticeArgument messageKey(String key) {
        return new NoticeArgument(Kind.MESSAGE_KEY, key);
    }

    public static NoticeArgument date(LocalDate date) {
        return new NoticeArgument(Kind.DATE, date.toString());
    }
}
