package org.praxis.platform;

/** Someone else saved the same record since it was opened (optimistic locking). */
public class ConcurrentChangeException extends ProblemException {

    public ConcurrentChangeException() {
        super("error.concurrent-change");
    }
}
