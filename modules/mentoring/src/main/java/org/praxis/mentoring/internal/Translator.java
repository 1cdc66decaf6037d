package org.praxis.mentoring.internal;

/** Texts from the bundle in the reader's language, for files made outside a page (the certificate). */
@FunctionalInterface
public interface Translator {

    String get(String key, Object... arguments);
}
