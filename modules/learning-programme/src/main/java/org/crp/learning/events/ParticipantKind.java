package org.crp.learning.events;

/** Who a participant comes as: the programme mixes communities, researchers and brokers on purpose. */
public enum ParticipantKind {
    COMMUNITY_MEMBER,
    RESEARCHER,
    /** A public engagement professional who connects partners. */
    BROKER
}
