package org.praxis.mentoring.events;

/**
 * Where someone's partnership work sits. Peer mentoring pairs people across contexts: university staff with
 * community organisation staff; brokers sit between them.
 */
public enum SectorContext {
    UNIVERSITY,
    COMMUNITY_ORGANISATION,
    BROKER
}
