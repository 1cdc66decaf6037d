package org.praxis.matchmaking.internal;

/** Turns a message key and its arguments into words in the reader's language; views pass their own. */
@FunctionalInterface
public interface Translator {

    String get(String key, Object... arguments);
}
