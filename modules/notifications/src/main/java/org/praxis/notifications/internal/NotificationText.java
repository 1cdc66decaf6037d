package org.praxis.notifications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Writes a notification's message in the reader's language, for the inbox and for email alike.
 * Arguments that are keys are translated first; dates are formatted for the locale.
 */
public final class NotificationText {

    /** How a key and its parameters become text: the UI's or the email's translation. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... parameters);
    }

    private NotificationText() {
    }

    public static String message(NotificationView notification, Translator translator, Locale locale) {
        return message(notification.messageKey(), notification.arguments(), translator, locale);
    }

    public static String message(String messageKey, List<MessageArgument> arguments, Translator translator,
                                 Locale locale) {
        Object[] parameters = arguments.stream().map(argument -> resolve(argument, translator, locale)).toArray();
        return translator.translate(messageKey, parameters);
    }

    private static String resolve(MessageArgument argument, Translator translator, Locale locale) {
        return switch (argument.kind()) {
            case TEXT -> argument.value();
            case KEY -> translator.translate(argument.value());
            case DATE -> formatDate(argument.value(), locale);
        };
    }

    private static String formatDate(String isoDate, Locale locale) {
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
