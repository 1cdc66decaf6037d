package org.praxis.requests.internal;

import org.praxis.platform.ProblemException;

import java.util.List;

/** A request cannot be saved or submitted as it is; lists every problem so all can be fixed at once. */
public class InvalidRequestException extends ProblemException {

    private final List<String> problems;

    InvalidRequestException(List<String> problems) {
        super(problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    /** i18n keys of the problems, in the order of the form. */
    public List<String> problems() {
        return problems;
    }
}
