package org.praxis.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.ProblemException;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one way views tell people how an action went: in plain words, announced to screen readers
 * (Vaadin notifications are ARIA live regions), never a stack trace.
 */
public final class UiFeedback {

    private UiFeedback() {
    }

    public static void success(String messageKey, Object... params) {
        show(translate(messageKey, params), NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void problem(ProblemException problem) {
        show(translate(problem.messageKey(), problem.arguments()), NotificationVariant.LUMO_ERROR, 8000);
    }

    public static void problem(String messageKey, Object... params) {
        show(translate(messageKey, params), NotificationVariant.LUMO_ERROR, 8000);
    }

    /**
     * Does something on the person's behalf: true if it went through. Otherwise nothing was saved, and
     * the person is told why: problems with what they entered go to {@code showProblems} (usually a list
     * next to the form), any other refusal becomes an error notification.
     */
    public static boolean attempt(Runnable action, Consumer<List<String>> showProblems) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            showProblems.accept(invalid.problems());
        } catch (ProblemException problem) {
            problem(problem);
        }
        return false;
    }

    private static void show(String text, NotificationVariant variant, int durationMillis) {
        Notification notification = Notification.show(text, durationMillis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    private static String translate(String key, Object... params) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, params);
    }
}
