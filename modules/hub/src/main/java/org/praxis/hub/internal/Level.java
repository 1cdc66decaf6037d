package org.praxis.hub.internal;

/**
 * Who a resource is pitched at. Only a hint for finding things, never a bar to anyone: the labels
 * ({@code hub.level.*}) say that experienced people are welcome to "getting started" material and
 * the other way round.
 */
public enum Level {
    ANYONE,
    GETTING_STARTED,
    EXPERIENCED
}
