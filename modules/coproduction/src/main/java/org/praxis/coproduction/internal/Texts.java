package org.praxis.coproduction.internal;

/** The module's texts in the reader's language, for what is made outside a page (a certificate's PDF). */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... arguments);
}
