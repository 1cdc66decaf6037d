package org.praxis.platform;

import java.io.Serializable;

/**
 * The record does not exist, or the person may not see it. Both look the same to the person,
 * so that ids of other organisations' records reveal nothing.
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }
}
