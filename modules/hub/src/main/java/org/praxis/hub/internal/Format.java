package org.praxis.hub.internal;

/** The forms a resource comes in, so people can choose what suits how they learn. */
public enum Format {
    TEXT,
    AUDIO,
    VIDEO,
    SLIDES
}
