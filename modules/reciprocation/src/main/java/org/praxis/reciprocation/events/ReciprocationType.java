package org.praxis.reciprocation.events;

/** What an institution can offer in return for support (the reciprocation framework's options). */
public enum ReciprocationType {
    /** Deliver a session, with resources, for other institutions or postdocs. */
    SESSION_WITH_RESOURCES,
    /** A session in the PI Network series for managers of researchers. */
    PI_NETWORK_SESSION,
    /** A case study others can learn from. */
    CASE_STUDY,
    /** New materials: a slide deck, facilitator notes, a recorded Train-the-Trainer session. */
    NEW_MATERIALS,
    /** Funding an external provider to create resources on the institution's behalf. */
    FUNDED_EXTERNAL_PROVIDER,
    OTHER
}
