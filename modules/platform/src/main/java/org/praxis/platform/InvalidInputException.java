package org.praxis.platform;

import java.util.List;

/**
 * Input cannot be accepted as it is. Lists every problem (as i18n keys, in form order) so the person
 * can fix them all at once. Thrown before anything is written.
 */
public class InvalidInputException extends ProblemException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(problems.isEmpty() ? "error.unexpected" : problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    /** i18n keys of the problems. */
    public List<String> problems() {
        return problems;
    }
}
