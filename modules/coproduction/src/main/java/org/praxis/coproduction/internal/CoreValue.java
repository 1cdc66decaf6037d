package org.praxis.coproduction.internal;

/** The Collective's four values, in the order it names them; the values pulse asks about each. */
public enum CoreValue {
    HUMAN, INCLUSIVE, TRANSPARENT, CHALLENGING
}
