package org.praxis.matchmaking.events;

/**
 * The group a person comes to a match event with: each has its own places, and the speed-networking rotation
 * mixes community and university at every table.
 */
public enum AttendeeSide {
    /** Someone from a community organisation or group. */
    COMMUNITY,
    /** Someone from a university or research organisation. */
    RESEARCHER,
    /** Someone who brings communities and researchers together. */
    BROKER
}
