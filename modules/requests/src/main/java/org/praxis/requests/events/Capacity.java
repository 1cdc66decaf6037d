package org.praxis.requests.events;

/** Something an institution says it already has to deliver the programme. */
public enum Capacity {
    SENIOR_SUPPORT,
    FACILITATORS,
    CONTENT,
    DEDICATED_RESOURCES
}
