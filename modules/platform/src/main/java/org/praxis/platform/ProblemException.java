package org.praxis.platform;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A refusal or validation failure that the person can understand and act on. It carries an i18n
 * key (and its arguments) rather than text, so views show it in plain words in the user's language.
 * Nothing is saved when it is thrown: services throw it before they write, inside their transaction.
 */
public class ProblemException extends RuntimeException {

    private final String messageKey;
    private final Serializable[] arguments;

    public ProblemException(String messageKey, Serializable... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
